package app.rounddown.people;

import app.rounddown.audit.Actor;
import app.rounddown.web.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.Optional;

/** Who is asking, for this request: set once by {@link Authentication}, read everywhere else. */
@RequestScoped
@Named("me")
public class CurrentUser implements Actor, Viewer {
    private User user;
    private Long sessionId;
    private ApiTokens.Holder token;
    private String outsider;

    void signedInByCookie(User user, long sessionId) {
        this.user = user;
        this.sessionId = sessionId;
    }

    void signedInByToken(User user, ApiTokens.Holder token) {
        this.user = user;
        this.token = token;
    }

    /**
     * For the rest of this request, changes are made by someone without an account (a candidate applying on the
     * careers page), whoever may be signed in in that browser: the audit log and the history name them so.
     */
    public void actingAs(String outsiderName) {
        outsider = outsiderName;
    }

    public Optional<User> user() {
        return Optional.ofNullable(user);
    }

    public boolean isSignedIn() {
        return user != null;
    }

    /** Scripts send an API token with each request; browsers' forms use the session cookie. */
    public boolean viaToken() {
        return token != null;
    }

    /** The browser session of this request, when it came with the session cookie. */
    public Optional<Long> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    public User require() {
        if (user == null) {
            throw new IllegalStateException("no signed-in user on a route that needs one");
        }
        return user;
    }

    @Override
    public Long actorId() {
        return user == null || outsider != null ? null : user.id;
    }

    @Override
    public Optional<ZoneId> zone() {
        return user().map(User::zone);
    }

    @Override
    public String name() {
        return outsider != null ? outsider : user == null ? "System" : user.name;
    }

    public boolean has(Role role) {
        return user != null && user.has(role);
    }
}
