package app.rounddown.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The anti-forgery token for this browser: a random value kept in a cookie, and its signature placed in
 * every form and htmx request. A forged request from another site can carry the cookie but cannot know
 * the signature. Pages carry the signature masked with a random pad that differs on every response: pages are
 * gzipped and show typed text (a search), and an unchanging secret beside text an attacker chooses would let
 * compressed sizes give it away (BREACH).
 */
@RequestScoped
@Named("csrf")
public class Csrf {
    public static final String COOKIE = "rd_csrf";
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

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
            token = masked(secrets.sign(nonce));
        }
        return token;
    }

    boolean matches(String submitted) {
        return nonce != null && submitted != null && secrets.verify(nonce, unmasked(submitted));
    }

    /** The pad and the signature XOR the pad, as "pad.masked" in URL-safe base64. */
    static String masked(String signature) {
        byte[] plain = signature.getBytes(StandardCharsets.US_ASCII);
        byte[] pad = new byte[plain.length];
        RANDOM.nextBytes(pad);
        return BASE64.encodeToString(pad) + "." + BASE64.encodeToString(xor(plain, pad));
    }

    /** The signature inside a masked token; a token that is not masked is taken as it is. */
    static String unmasked(String submitted) {
        int dot = submitted.indexOf('.');
        if (dot < 0) {
            return submitted;
        }
        try {
            byte[] pad = Base64.getUrlDecoder().decode(submitted.substring(0, dot));
            byte[] masked = Base64.getUrlDecoder().decode(submitted.substring(dot + 1));
            return pad.length == masked.length ? new String(xor(masked, pad), StandardCharsets.US_ASCII) : "";
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }

    private static byte[] xor(byte[] value, byte[] pad) {
        byte[] result = new byte[value.length];
        for (int i = 0; i < value.length; i++) {
            result[i] = (byte) (value[i] ^ pad[i]);
        }
        return result;
    }

    boolean issued() {
        return issued;
    }

    String nonce() {
        return nonce;
    }
}
