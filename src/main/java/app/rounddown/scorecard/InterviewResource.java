package app.rounddown.scorecard;

import app.rounddown.people.CurrentUser;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Stage;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.HtmxRequests;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.LostRace;
import app.rounddown.web.Times;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/** The interviewer's day: their interviews, and one interview's kit and scorecard. */
@Path("/interviews")
@Produces(MediaType.TEXT_HTML)
public class InterviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(MyInterviewsPage interviews);

        static native TemplateInstance interview(InterviewPage page, FormData form, FieldErrors errors);

        static native TemplateInstance saved(String message);
    }

    @Inject
    CurrentUser current;
    @Inject
    Interviews interviews;

    @GET
    public TemplateInstance mine() {
        return Templates.mine(MyInterviewsPage.of(current.require(), Instant.now()));
    }

    @GET
    @Path("{applicationId}/{stage}")
    public TemplateInstance show(Long applicationId, String stage) {
        Stage at = ScorecardApi.stage(stage, "stage");
        User me = current.require();
        InterviewPage page = InterviewPage.of(Interviews.application(applicationId), at, me);
        if (!page.othersVisible().isEmpty()) {
            interviews.sawCards(applicationId, at, me);
        }
        StageResults.StageReview review = page.review();
        return Templates.interview(page, InterviewPage.formOf(page.hasSubmitted() ? page.mySubmitted()
                : review.draftOf(me)), FieldErrors.none());
    }

    /** Autosave from htmx (answers with a short status) or "Save draft" without JavaScript (redirects back). */
    @POST
    @Path("{applicationId}/{stage}/draft")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveDraft(Long applicationId, String stage, MultivaluedMap<String, String> posted,
                              @HeaderParam(HtmxRequests.HEADER) String htmx) {
        Stage at = ScorecardApi.stage(stage, "stage");
        FormData form = FormData.of(posted);
        String back = "/interviews/" + applicationId + "/" + at;
        try {
            interviews.saveDraft(applicationId, at, ScorecardInput.fromForm(form, interviews.kitFor(applicationId, at)));
        } catch (InvalidInput invalid) {
            if (HtmxRequests.asked(htmx)) {
                return Response.ok(Templates.saved("Not saved: " + invalid.errors().asList().get(0).message()))
                        .build();
            }
            return rerender(applicationId, at, form, invalid.errors());
        } catch (LostRace lost) {
            if (HtmxRequests.asked(htmx)) {
                return Response.ok(Templates.saved("Not saved: " + lost.getMessage())).build();
            }
            return rerender(409, applicationId, at, form, FieldErrors.of("form", lost.getMessage()));
        }
        String saved = "Draft saved " + Times.format(Instant.now()) + ".";
        return HtmxRequests.asked(htmx) ? Response.ok(Templates.saved(saved)).build() : Flash.success(back, saved);
    }

    @POST
    @Path("{applicationId}/{stage}/submission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(Long applicationId, String stage, MultivaluedMap<String, String> posted) {
        Stage at = ScorecardApi.stage(stage, "stage");
        FormData form = FormData.of(posted);
        try {
            Scorecard card = interviews.submit(applicationId, at, ScorecardInput.fromForm(form, interviews.kitFor(applicationId, at)));
            return Flash.success("/interviews/" + applicationId + "/" + at, "Scorecard submitted: " + card.overall + " ("
                    + card.overallWord() + "). The other cards of this stage are now open to you.");
        } catch (InvalidInput invalid) {
            return rerender(applicationId, at, form, invalid.errors());
        } catch (LostRace lost) {
            return rerender(409, applicationId, at, form, FieldErrors.of("form", lost.getMessage()));
        } catch (OptimisticLockException changedElsewhere) {
            return rerender(applicationId, at, form, FieldErrors.of("form", "Your card was saved from another tab "
                    + "meanwhile. Your text is kept below; submit again."));
        }
    }

    @POST
    @Path("{applicationId}/{stage}/amendments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response amend(Long applicationId, String stage, MultivaluedMap<String, String> posted) {
        Stage at = ScorecardApi.stage(stage, "stage");
        FormData form = FormData.of(posted);
        try {
            Scorecard card = interviews.amend(applicationId, at, ScorecardInput.fromForm(form, interviews.kitFor(applicationId, at)),
                    form.text("amendReason"));
            return Flash.success("/interviews/" + applicationId + "/" + at, "Amendment saved as revision "
                    + card.revision + "; the earlier version stays visible.");
        } catch (InvalidInput invalid) {
            return rerender(applicationId, at, form, invalid.errors());
        }
    }

    private Response rerender(long applicationId, Stage stage, FormData form, FieldErrors errors) {
        return rerender(400, applicationId, stage, form, errors);
    }

    private Response rerender(int status, long applicationId, Stage stage, FormData form, FieldErrors errors) {
        Application application = Interviews.application(applicationId);
        return Response.status(status).entity(Templates.interview(InterviewPage.of(application, stage, current.require()),
                form, errors)).build();
    }
}
