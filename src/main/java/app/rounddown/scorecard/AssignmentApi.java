package app.rounddown.scorecard;

import app.rounddown.web.InvalidInput;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interviews and scorecards")
public class AssignmentApi {
    @Inject
    Interviews interviews;

    @POST
    @Operation(summary = "Assign an interviewer: applicationId, stage, interviewerId, startsAt (ISO-8601), durationMinutes")
    public Response assign(JsonNode body) {
        if (body == null || !body.path("applicationId").isIntegralNumber()) {
            throw InvalidInput.of("applicationId", "Give the id of the application to interview.");
        }
        long applicationId = body.path("applicationId").asLong();
        Interviews.NewAssignment input = new Interviews.NewAssignment(
                ScorecardApi.stage(body.path("stage").asText(null), "stage"),
                body.path("interviewerId").isIntegralNumber() ? body.path("interviewerId").asLong() : null,
                instant(body.path("startsAt").asText(null)),
                minutes(body.path("durationMinutes")));
        Assignment assignment = interviews.assign(applicationId, input);
        return Response.created(URI.create("/api/scorecards/" + applicationId + "/" + assignment.stage))
                .entity(AssignmentView.of(assignment)).build();
    }

    @POST
    @Path("{id}/excusal")
    @Operation(summary = "Excuse an assigned interviewer's card, with a reason")
    public AssignmentView excuse(Long id, JsonNode body) {
        return AssignmentView.of(interviews.excuse(id, body == null ? null : body.path("reason").asText(null)));
    }

    private static Integer minutes(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw InvalidInput.of("durationMinutes", "Use a length from 5 to 600 minutes.");
        }
        return node.asInt();
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("startsAt", "Give the time as an ISO-8601 instant, such as 2026-11-24T14:00:00Z.");
        }
    }
}
