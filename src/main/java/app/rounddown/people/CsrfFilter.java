package app.rounddown.people;

import app.rounddown.web.ApiError;
import app.rounddown.web.ErrorPages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * Refuses forged state changes: a request from another site's page (its Origin names another host), or a
 * browser request without this browser's signed token. Scripts sending an API token need no form token: a
 * browser never adds an {@code Authorization: Bearer} header to a request on its own.
 */
public class CsrfFilter {

    @Inject
    Csrf csrf;
    @Inject
    CurrentUser current;
    @ConfigProperty(name = "rounddown.session.secure-cookie")
    boolean secureCookie;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 10)
    public void readCookie(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(Csrf.COOKIE);
        if (cookie != null && !cookie.getValue().isBlank()) {
            csrf.received(cookie.getValue());
        } else if (!request.getUriInfo().getPath().startsWith("/api/")) {
            // Decided here, not while a template renders: a page returned inside a Response is rendered after
            // the response filters, too late to add the cookie its form depends on.
            csrf.issue();
        }
    }

    @WithFormRead
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 10)
    public Optional<Response> check(ContainerRequestContext request) {
        if (Authentication.READS.contains(request.getMethod())) {
            return Optional.empty();
        }
        boolean api = request.getUriInfo().getPath().startsWith("/api/");
        if (fromAnotherSite(request)) {
            return Optional.of(refused(api, "This request came from another site and was refused."));
        }
        if (current.viaToken()) {
            return Optional.empty();
        }
        String submitted = request.getHeaderString(Csrf.HEADER);
        // The form was read before this filter (@WithFormRead); the hidden field comes from there.
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        if (submitted == null && context != null
                && context.getFormParameter(Csrf.FIELD, true, false) instanceof String field) {
            submitted = field;
        }
        // A multipart form (one with file uploads) keeps its fields as form values rather than strings.
        if (submitted == null && context != null && context.getFormData() != null
                && context.getFormData().getFirst(Csrf.FIELD) != null && !context.getFormData().getFirst(Csrf.FIELD).isFileItem()) {
            submitted = context.getFormData().getFirst(Csrf.FIELD).getValue();
        }
        if (!csrf.matches(submitted)) {
            return Optional.of(refused(api, "This form has expired or did not come from Rounddown, so nothing was "
                    + "changed. Reload the page and try again."));
        }
        return Optional.empty();
    }

    @ServerResponseFilter
    public void issueCookie(ContainerResponseContext response) {
        if (csrf.issued()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(Csrf.COOKIE).value(csrf.nonce())
                    .path("/").httpOnly(true).secure(secureCookie).sameSite(NewCookie.SameSite.LAX).build());
        }
    }

    /**
     * Compares the page's origin with this app's own address as the request reached it. Behind a proxy that
     * rewrites Host, enable quarkus.http.proxy.* forwarding so the address is the public one.
     */
    private static boolean fromAnotherSite(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.isBlank()) {
            return false;
        }
        try {
            URI from = URI.create(origin);
            URI self = request.getUriInfo().getBaseUri();
            // An origin is scheme, host and port: https://host is another site than http://host (RFC 6454).
            return !(from.getScheme() != null && from.getScheme().equalsIgnoreCase(self.getScheme())
                    && from.getHost() != null && from.getHost().equalsIgnoreCase(self.getHost())
                    && portOf(from) == portOf(self));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static int portOf(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
    }

    private static Response refused(boolean api, String message) {
        if (api) {
            return Response.status(403).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.of(message)).build();
        }
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE)
                .entity(ErrorPages.problem("Request refused", message)).build();
    }
}
