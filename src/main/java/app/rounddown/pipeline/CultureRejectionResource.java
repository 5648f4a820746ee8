package app.rounddown.pipeline;

import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.InvalidInput;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** After a rejection at the culture interview: the drafted message, to edit and send, or not to send. */
@Path("/applications/{id}/culture-message")
@Produces(MediaType.TEXT_HTML)
public class CultureRejectionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance message(Application application, CultureRejectionMessage message, FormData form,
                                               FieldErrors errors);
    }

    @Inject
    CultureRejectionMessages messages;

    @GET
    public TemplateInstance show(Long id, @QueryParam("returnTo") String returnTo) {
        Application application = ApplicationApi.find(id);
        CultureRejectionMessage message = CultureRejectionMessages.find(id);
        return Templates.message(application, message, FormData.of(Map.of("text", message.text, "version",
                message.version, "returnTo", ReturnTo.safe(returnTo, application))), FieldErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(Long id, MultivaluedMap<String, String> posted) {
        Application application = ApplicationApi.find(id);
        FormData form = FormData.of(posted);
        CultureRejectionMessages.Action action = form.choice("action", CultureRejectionMessages.Action.class);
        try {
            CultureRejectionMessage message = messages.close(id, form.number("version"), form.text("text"),
                    action == null ? CultureRejectionMessages.Action.SAVE : action);
            String name = application.candidate.name;
            return switch (message.status) {
                case SENT -> Flash.success(ReturnTo.safe(form.get("returnTo"), application), "Message sent to " + name
                        + " (" + application.candidate.email + ").");
                case SKIPPED -> Flash.success(ReturnTo.safe(form.get("returnTo"), application), "No message will be sent to "
                        + name + ".");
                case DRAFT -> Flash.success("/applications/" + id + "/culture-message?returnTo="
                        + URLEncoder.encode(ReturnTo.safe(form.get("returnTo"), application),
                        StandardCharsets.UTF_8), "Draft saved; it has not been sent.");
            };
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(Templates.message(application, CultureRejectionMessages.find(id), form,
                    invalid.errors())).build();
        }
    }
}
