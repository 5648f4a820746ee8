package app.rounddown.scorecard;

import app.rounddown.web.Idempotent;
import app.rounddown.web.InvalidInput;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Idempotent
@Path("/api/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interviews and scorecards")
public class AssignmentApi {
    @Inject
    Interviews interviews;

    /** An interview to schedule: the stage by name and the time as an ISO-8601 instant, read with their own messages. */
    public record NewAssignmentBody(Long applicationId, String stage, Long interviewerId, String startsAt,
                                    Integer durationMinutes) {
    }

    public record ExcusalBody(String reason) {
    }

    /** A new time for an interview: the version read (from the assignment), the start and, if it changes, the length. */
    public record MoveBody(Integer version, String startsAt, Integer durationMinutes) {
    }

    @POST
    @Operation(summary = "Assign an interviewer: applicationId, stage, interviewerId, startsAt (ISO-8601), durationMinutes")
    @APIResponse(responseCode = "201", description = "Assigned",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    public Response assign(NewAssignmentBody body) {
        if (body == null || body.applicationId() == null) {
            throw InvalidInput.of("applicationId", "Give the id of the application to interview.");
        }
        Interviews.NewAssignment input = new Interviews.NewAssignment(ScorecardApi.stage(body.stage(), "stage"),
                body.interviewerId(), instant(body.startsAt()), body.durationMinutes());
        Assignment assignment = interviews.assign(body.applicationId(), input);
        return Response.created(URI.create("/api/scorecards/" + body.applicationId() + "/" + assignment.stage))
                .entity(AssignmentView.of(assignment)).build();
    }

    @POST
    @Path("{id}/excusal")
    @Operation(summary = "Excuse an assigned interviewer's card, with a reason")
    public AssignmentView excuse(Long id, ExcusalBody body) {
        return AssignmentView.of(interviews.excuse(id, body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/moves")
    @Operation(summary = "Move an interview to another time: version (as read), startsAt (ISO-8601), durationMinutes "
            + "(optional); the interviewer, and the candidate if invited, get an updated calendar request")
    public AssignmentView move(Long id, MoveBody body) {
        if (body == null) {
            throw InvalidInput.of("startsAt", "Send the new time as a JSON object.");
        }
        return AssignmentView.of(interviews.move(id, body.version(), instant(body.startsAt()), body.durationMinutes()));
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("startsAt", "Give the time as an ISO-8601 instant, such as 2026-11-24T14:00:00Z.");
        }
    }
}
