package app.rounddown.people;

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
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;

/**
 * "Forgot your password?": the answer is the same for every address, known, unknown, deactivated or asked too often,
 * so the page never tells who has an account.
 */
@Path("/password-resets")
@Produces(MediaType.TEXT_HTML)
public class PasswordResetResource {
    static final String ANSWER = "If an active account uses that address, it has been e-mailed a link to set a new "
            + "password. The link works for 2 hours. Nothing arrived? Check the address, or ask an admin.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String email, String answer);
    }

    @Inject
    PasswordLinks links;

    @GET
    @Path("new")
    public TemplateInstance show() {
        return Templates.form("", null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance request(@RestForm String email, @Context HttpServerRequest request) {
        links.requestReset(email, ClientAddress.of(request));
        return Templates.form(email == null ? "" : email, ANSWER);
    }
}
