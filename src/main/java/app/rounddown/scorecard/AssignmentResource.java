package app.rounddown.scorecard;

import app.rounddown.pipeline.Stage;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.InvalidInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jboss.resteasy.reactive.RestForm;

/** Recruiters assign interviewers from the candidate page, and excuse a card that is not needed. */
@Path("/assignments")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AssignmentResource {
    @Inject
    Interviews interviews;
    @Inject
    app.rounddown.people.CurrentUser current;

    @POST
    public Response assign(MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        Long applicationId = form.id("applicationId");
        if (applicationId == null) {
            throw InvalidInput.of("applicationId", "Choose the application to interview.");
        }
        String back = "/candidates/" + Interviews.application(applicationId).candidate.id;
        return Flash.outcome(back, () -> {
            Assignment assignment = interviews.assign(applicationId, new Interviews.NewAssignment(
                    form.choice("stage", Stage.class), form.id("interviewerId"), localTime(form.text("startsAt")),
                    form.number("durationMinutes")));
            return assignment.interviewer.name + " will interview at the " + assignment.stage.label() + ".";
        });
    }

    @POST
    @Path("{id}/excusal")
    public Response excuse(Long id, @RestForm String reason) {
        Assignment assignment = Assignment.findById(id);
        String back = assignment == null ? "/" : "/candidates/" + assignment.application.candidate.id;
        return Flash.outcome(back, () -> interviews.excuse(id, reason).interviewer.name + "'s card is excused.");
    }

    /** A date and time typed in the recruiter's own time zone (the browser's datetime-local field). */
    private Instant localTime(String value) {
        if (value == null) {
            return null;
        }
        try {
            ZoneId zone = ZoneId.of(current.require().timeZone);
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw InvalidInput.of("startsAt", "Give the date and time of the interview, such as 2026-11-24 14:00.");
        }
    }
}
