package app.rounddown.people;

import app.rounddown.web.ApiError;
import app.rounddown.web.Cookies;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Finds out who is asking: the encrypted session cookie of a browser, or HTTP Basic from a script. */
public class Authentication {
    private static final String REFRESH = "rounddown.session.refresh";

    @Inject
    CurrentUser current;
    @Inject
    Secrets secrets;
    @Inject
    SignIns signIns;
    @ConfigProperty(name = "rounddown.session.idle-timeout")
    Duration idleTimeout;
    @ConfigProperty(name = "rounddown.session.max-age")
    Duration maxAge;
    @ConfigProperty(name = "rounddown.session.secure-cookie")
    boolean secureCookie;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).strip());
        }
        Cookie cookie = request.getCookies().get(Session.COOKIE);
        if (cookie != null) {
            Instant now = Instant.now();
            secrets.decrypt(cookie.getValue()).flatMap(Session::decode)
                    .filter(session -> !session.expired(now, idleTimeout, maxAge))
                    .ifPresent(session -> User.<User>findByIdOptional(session.userId()).filter(u -> u.active)
                            .filter(u -> stampOf(u).equals(session.stamp()))
                            .ifPresent(user -> {
                                current.signedIn(user.withRoles(), false);
                                if (session.staleAt(now)) {
                                    request.setProperty(REFRESH, session.seenAt(now));
                                }
                            }));
        }
        return Optional.empty();
    }

    @ServerResponseFilter
    public void keepSessionFresh(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(REFRESH) instanceof Session session && !Cookies.sets(response, Session.COOKIE)) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookieFor(session));
        }
    }

    /** Changes whenever the password does, so a new password ends every session made with the old one. */
    public String stampOf(User user) {
        return secrets.sign("session|" + user.id + "|" + user.passwordHash).substring(0, 16);
    }

    public NewCookie sessionFor(User user) {
        Instant now = Instant.now();
        return cookieFor(new Session(user.id, stampOf(user), now, now));
    }

    public NewCookie cookieFor(Session session) {
        return new NewCookie.Builder(Session.COOKIE).value(secrets.encrypt(session.encode())).path("/").httpOnly(true)
                .secure(secureCookie).sameSite(NewCookie.SameSite.LAX).build();
    }

    public NewCookie signedOutCookie() {
        return new NewCookie.Builder(Session.COOKIE).value("").path("/").maxAge(0).httpOnly(true).secure(secureCookie)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    private Optional<Response> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.of(unauthorized("The Authorization header is not valid HTTP Basic."));
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.of(unauthorized("The Authorization header is not valid HTTP Basic."));
        }
        SignIns.Outcome outcome = signIns.attempt(decoded.substring(0, colon), decoded.substring(colon + 1), true);
        if (outcome instanceof SignIns.Success success) {
            current.signedIn(success.user(), true);
            return Optional.empty();
        }
        return Optional.of(unauthorized(outcome instanceof SignIns.Locked locked
                ? SignIns.lockedMessage(locked.minutes()) : SignIns.WRONG_MESSAGE));
    }

    public static Response unauthorized(String message) {
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Rounddown API\"")
                .type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.of(message)).build();
    }
}
