package app.rounddown.access;

import app.rounddown.people.Authentication;
import app.rounddown.people.CurrentUser;
import app.rounddown.people.Role;
import app.rounddown.web.ApiError;
import app.rounddown.web.ErrorPages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Enforces the access table on every page and API call; a route with no rule is refused. */
public class AccessFilter {
    private static final Logger LOG = Logger.getLogger(AccessFilter.class);

    @Inject
    CurrentUser current;
    @Inject
    Access access;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Optional<Response> authorize(ContainerRequestContext request, ResourceInfo resource, UriInfo uri) {
        String route = Routes.template(resource.getResourceClass(), resource.getResourceMethod());
        Optional<Rule> rule = AccessTable.ruleFor(request.getMethod(), route);
        boolean api = uri.getPath().startsWith("/api/");
        if (rule.isEmpty()) {
            LOG.error("No access rule for " + request.getMethod() + " " + route + "; refused (deny by default)");
            return Optional.of(forbidden(api, "This address is not open to anyone yet."));
        }
        if (rule.get().isPublic()) {
            return Optional.empty();
        }
        if (!current.isSignedIn()) {
            if (api) {
                return Optional.of(Authentication.unauthorized(
                        "Send a personal API token as \"Authorization: Bearer ...\"; make one on your profile page."));
            }
            String next = "GET".equals(request.getMethod()) ? uri.getRequestUri().getRawPath()
                    + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery()) : "/";
            return Optional.of(Response.seeOther(URI.create("/signin?next=" + URLEncoder.encode(next,
                    StandardCharsets.UTF_8))).build());
        }
        Map<String, String> parameters = new HashMap<>();
        uri.getPathParameters().forEach((name, values) -> parameters.put(name, values.get(0)));
        if (!access.allows(rule.get(), parameters)) {
            return Optional.of(forbidden(api, "Your account (" + String.join(", ",
                    current.require().roles.stream().map(Role::label).sorted().toList())
                    + ") does not give access to this. It is open to: " + rule.get().describe()
                    + ". Ask an admin if you need it."));
        }
        return Optional.empty();
    }

    private static Response forbidden(boolean api, String message) {
        if (api) {
            return Response.status(403).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.of(message)).build();
        }
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE)
                .entity(ErrorPages.problem("Not available to you", message)).build();
    }
}
