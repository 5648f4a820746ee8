package app.rounddown.people;

import app.rounddown.web.ApiError;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Finds out who is asking: the session cookie of a browser, or a personal API token from a script. Either way it
 * is indexed reads, never a password check: a session and its person in one (see Sessions.find), a token and then
 * its person in two.
 */
public class Authentication {
    /** Requests that only read: a read-only token may make them, and they need no anti-forgery token. */
    static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    static final String NO_PASSWORDS = "Rounddown does not take passwords on the API. Send a personal API token as "
            + "\"Authorization: Bearer ...\"; make one on your profile page.";
    static final String BAD_TOKEN = "This API token is not valid: it may have expired or been revoked. Make a new "
            + "one on your profile page.";
    static final String READ_ONLY = "This API token is read-only, so it cannot change anything. Use a token made "
            + "without \"read-only\" for this.";

    @Inject
    CurrentUser current;
    @Inject
    Sessions sessions;
    @Inject
    ApiTokens tokens;
    @ConfigProperty(name = "rounddown.session.secure-cookie")
    boolean secureCookie;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(authorization.substring(7).strip(), request.getMethod());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.of(unauthorized(NO_PASSWORDS));
        }
        Cookie cookie = request.getCookies().get(Sessions.COOKIE);
        if (cookie != null) {
            sessions.find(cookie.getValue()).ifPresent(open -> current.signedInByCookie(open.user(), open.sessionId()));
        }
        return Optional.empty();
    }

    private Optional<Response> bearer(String plain, String method) {
        Optional<ApiTokens.Holder> holder = tokens.find(plain);
        Optional<User> user = holder.flatMap(found -> activeUser(found.userId()));
        if (user.isEmpty()) {
            return Optional.of(unauthorized(BAD_TOKEN));
        }
        if (holder.get().readOnly() && !READS.contains(method)) {
            return Optional.of(Response.status(403).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.of(READ_ONLY))
                    .build());
        }
        current.signedInByToken(user.get(), holder.get());
        return Optional.empty();
    }

    private static Optional<User> activeUser(long id) {
        return User.<User>find("select u from User u left join fetch u.roles where u.id = ?1 and u.active = true", id)
                .singleResultOptional();
    }

    public NewCookie cookieFor(String sessionSecret) {
        return new NewCookie.Builder(Sessions.COOKIE).value(sessionSecret).path("/").httpOnly(true)
                .secure(secureCookie).sameSite(NewCookie.SameSite.LAX).build();
    }

    public NewCookie signedOutCookie() {
        return new NewCookie.Builder(Sessions.COOKIE).value("").path("/").maxAge(0).httpOnly(true).secure(secureCookie)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    public static Response unauthorized(String message) {
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Rounddown API\"")
                .type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.of(message)).build();
    }
}
