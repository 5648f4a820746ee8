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
    private boolean viaBasic;

    void signedIn(User user, boolean viaBasic) {
        this.user = user;
        this.viaBasic = viaBasic;
    }

    public Optional<User> user() {
        return Optional.ofNullable(user);
    }

    public boolean isSignedIn() {
        return user != null;
    }

    /** Scripts using HTTP Basic send their password with each request; browsers' forms use the cookie. */
    public boolean viaBasic() {
        return viaBasic;
    }

    public User require() {
        if (user == null) {
            throw new IllegalStateException("no signed-in user on a route that needs one");
        }
        return user;
    }

    @Override
    public Long actorId() {
        return user == null ? null : user.id;
    }

    @Override
    public Optional<ZoneId> zone() {
        return user().map(User::zone);
    }

    @Override
    public String name() {
        return user == null ? "System" : user.name;
    }

    public boolean has(Role role) {
        return user != null && user.has(role);
    }
}
