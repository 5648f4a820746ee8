package app.rounddown.decision;

import app.rounddown.people.CurrentUser;
import app.rounddown.pipeline.Application;
import app.rounddown.web.ActionNotAllowed;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.Found;
import app.rounddown.web.InvalidInput;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** The hiring manager decides after the SuperDay; a rejection leaves a message for the recruiter to finish. */
@Path("/decisions")
@Produces(MediaType.TEXT_HTML)
public class DecisionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance decision(DecisionPage page);
    }

    @Inject
    Decisions decisions;
    @Inject
    CurrentUser current;

    @GET
    @Path("{id}")
    public TemplateInstance show(long id) {
        FormData form = FormData.of(Map.of("reapplyAfter", LocalDate.now(ZoneOffset.UTC).plusMonths(12).toString()));
        Decision decision = Decision.of(id).orElse(null);
        if (decision != null && decision.message != null) {
            form = FormData.of(Map.of("message", decision.message, "version", decision.version));
        }
        return Templates.decision(DecisionPage.of(application(id), decision, form, FieldErrors.none(), current.require()));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        try {
            Decision decision = decisions.decide(id, new Decisions.Input(form.choice("outcome", Outcome.class),
                    form.text("discussionNote"), form.date("reapplyAfter")));
            return decision.outcome == Outcome.OFFER
                    ? Flash.success("/offers/" + id, "Decision recorded: an offer. Draft its terms here.")
                    : Flash.success("/decisions/" + id, "Decision recorded: rejected. The message below is a draft for the recruiter.");
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(Templates.decision(DecisionPage.of(application(id), form, invalid.errors(), current.require())))
                    .build();
        } catch (ActionNotAllowed refused) {
            return Response.status(409).entity(Templates.decision(DecisionPage.of(application(id), form,
                    FieldErrors.of("form", refused.getMessage()), current.require()))).build();
        }
    }

    /** Save the draft, or send it: the button pressed says which. */
    @POST
    @Path("{id}/message")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response message(long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        boolean send = "send".equals(form.get("action"));
        try {
            Decision decision = decisions.message(id, form.number("version"), form.text("message"), send);
            return Flash.success("/decisions/" + id, send ? "Message sent to " + decision.application.candidate.name
                    + " (" + decision.application.candidate.email + ")." : "Draft saved; it has not been sent.");
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(Templates.decision(DecisionPage.of(application(id), form, invalid.errors(), current.require())))
                    .build();
        }
    }

    private static Application application(long id) {
        return Found.or404(Application.<Application>findById(id), "application", id);
    }

}
