package app.rounddown.people;

import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.InvalidInput;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/** The page a set-password link opens, no sign-in needed: the secret in the path is the only key. */
@Path("/password-links/{token}")
@Produces(MediaType.TEXT_HTML)
public class PasswordLinkResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String token, User user, FieldErrors errors);
    }

    @Inject
    PasswordLinks links;
    @Inject
    Sessions sessions;
    @Inject
    Authentication authentication;

    @GET
    public Response show(String token) {
        User user = links.holder(token).orElse(null);
        return Response.status(user == null ? 410 : 200).entity(Templates.form(token, user,
                user == null ? FieldErrors.of("form", PasswordLinks.GONE) : FieldErrors.none())).build();
    }

    /** Sets the password and signs the person in, in this browser only. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response set(String token, @RestForm String password, @Context HttpServerRequest request) {
        try {
            User user = links.use(token, password);
            String secret = sessions.start(user.id, request.getHeader(HttpHeaders.USER_AGENT), ClientAddress.of(request));
            return Response.fromResponse(Flash.success("/", "Your password is set, " + user.name + ". You are signed in."))
                    .cookie(authentication.cookieFor(secret)).build();
        } catch (InvalidInput invalid) {
            User user = links.holder(token).orElse(null);
            return Response.status(user == null ? 410 : 400).entity(Templates.form(token, user, invalid.errors())).build();
        }
    }
}
