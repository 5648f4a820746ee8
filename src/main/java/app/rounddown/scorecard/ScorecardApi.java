package app.rounddown.scorecard;

import app.rounddown.people.CurrentUser;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Stage;
import app.rounddown.web.Idempotent;
import app.rounddown.web.InvalidInput;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Idempotent
@Path("/api/scorecards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interviews and scorecards")
public class ScorecardApi {
    @Inject
    Interviews interviews;
    @Inject
    CurrentUser current;

    @GET
    @Path("{applicationId}/{stage}")
    @Operation(summary = "The cards of a stage; refused to an assigned interviewer until their own card is in")
    public List<ScorecardView> cards(Long applicationId, @org.jboss.resteasy.reactive.RestPath("stage") String stageName) {
        long id = applicationId;
        Stage stage = stage(stageName, "stage");
        Application application = Interviews.application(id);
        User me = current.require();
        StageResults.StageReview review = StageResults.of(application).at(id, stage);
        if (!review.othersVisibleTo(me) && review.isAssigned(me)) {
            throw new ForbiddenException("Submit your own " + stage.label() + " scorecard first; until then the other "
                    + "cards stay hidden so that yours is written independently.");
        }
        if (review.othersVisibleTo(me) && !review.current().isEmpty()) {
            interviews.sawCards(id, stage, me);
        }
        return review.cards.stream().filter(c -> c.isSubmitted() || c.interviewer.id.equals(me.id))
                .filter(c -> review.othersVisibleTo(me) || c.interviewer.id.equals(me.id))
                .map(ScorecardView::of).toList();
    }

    @PUT
    @Path("{applicationId}/{stage}/draft")
    @Operation(summary = "Save your draft card; it stays yours alone until you submit it")
    public ScorecardView saveDraft(Long applicationId, String stage,
                              @RequestBody(content = @Content(schema = @Schema(implementation = ScorecardBody.class))) JsonNode body) {
        long id = applicationId;
        Stage at = stage(stage, "stage");
        return ScorecardView.of(interviews.saveDraft(id, at, ScorecardInput.fromJson(body, interviews.kitFor(applicationId, at))));
    }

    @POST
    @Path("{applicationId}/{stage}/submission")
    @Operation(summary = "Submit your card: it is locked with a timestamp")
    @APIResponse(responseCode = "201", description = "Saved",
            content = @Content(schema = @Schema(implementation = ScorecardView.class)))
    public Response submit(Long applicationId, String stage,
                              @RequestBody(content = @Content(schema = @Schema(implementation = ScorecardBody.class))) JsonNode body) {
        long id = applicationId;
        Stage at = stage(stage, "stage");
        Scorecard card = interviews.submit(id, at, ScorecardInput.fromJson(body, interviews.kitFor(applicationId, at)));
        return Response.status(201).entity(ScorecardView.of(card)).build();
    }

    @POST
    @Path("{applicationId}/{stage}/amendments")
    @Operation(summary = "Amend your submitted card with a reason; both versions stay visible")
    @APIResponse(responseCode = "201", description = "Saved",
            content = @Content(schema = @Schema(implementation = ScorecardView.class)))
    public Response amend(Long applicationId, String stage,
                              @RequestBody(content = @Content(schema = @Schema(implementation = ScorecardBody.class))) JsonNode body) {
        long id = applicationId;
        Stage at = stage(stage, "stage");
        Scorecard card = interviews.amend(id, at, ScorecardInput.fromJson(body, interviews.kitFor(applicationId, at)),
                body.path("amendReason").asText(null));
        return Response.status(201).entity(ScorecardView.of(card)).build();
    }

    static Stage stage(String name, String field) {
        try {
            Stage stage = Stage.valueOf(name);
            if (Gate.INTERVIEW_STAGES.contains(stage)) {
                return stage;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // answered below
        }
        throw InvalidInput.of(field, "Use an interview stage: CULTURE, TECHNICAL, SMALL_TEAM or SUPERDAY.");
    }

}
