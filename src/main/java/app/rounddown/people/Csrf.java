package app.rounddown.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The anti-forgery token for this browser: a random value kept in a cookie, and its signature placed in
 * every form and htmx request. A forged request from another site can carry the cookie but cannot know
 * the signature.
 */
@RequestScoped
@Named("csrf")
public class Csrf {
    public static final String COOKIE = "rd_csrf";
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    @Inject
    Secrets secrets;

    private String nonce;
    private String token;
    private boolean issued;

    void received(String cookieValue) {
        nonce = cookieValue;
    }

    /** A browser without the cookie gets one with this response, whenever the page that uses it is rendered. */
    void issue() {
        nonce = Secrets.randomToken();
        issued = true;
    }

    /** For templates: the value of the hidden field. */
    public String token() {
        if (nonce == null) {
            nonce = Secrets.randomToken();
            issued = true;
        }
        if (token == null) {
            token = secrets.sign(nonce);
        }
        return token;
    }

    boolean matches(String submitted) {
        return nonce != null && submitted != null && secrets.verify(nonce, submitted);
    }

    boolean issued() {
        return issued;
    }

    String nonce() {
        return nonce;
    }
}
