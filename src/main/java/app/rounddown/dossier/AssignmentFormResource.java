package app.rounddown.dossier;

import app.rounddown.candidate.Candidate;
import app.rounddown.people.CurrentUser;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Assignment;
import app.rounddown.scorecard.Interviews;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.Found;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Times;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
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

/**
 * Assigning an interviewer from the candidate page: on success back to the page with a flash; on a mistake the
 * page again with 400, the message beside the field and what was typed still there.
 */
@Path("/assignments")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AssignmentFormResource {
    @Inject
    Interviews interviews;
    @Inject
    CurrentUser current;

    @POST
    public Response assign(MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        Long applicationId = form.id("applicationId");
        if (applicationId == null) {
            throw InvalidInput.of("applicationId", "Choose the application to interview.");
        }
        Candidate candidate = Interviews.application(applicationId).candidate;
        try {
            Assignment assignment = interviews.assign(applicationId, new Interviews.NewAssignment(
                    form.choice("stage", Stage.class), form.id("interviewerId"), localTime(form.text("startsAt")),
                    form.number("durationMinutes")));
            return Flash.success("/candidates/" + candidate.id, assignment.interviewer.name + " will interview at the "
                    + assignment.stage.label() + "." + unmailed(candidate));
        } catch (InvalidInput refused) {
            return again(candidate, 400, refused.errors(), form);
        }
    }

    /** A new time for an interview, from the list of its interviewers; the calendar requests follow by mail. */
    @POST
    @Path("{id}/moves")
    public Response move(Long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted).with("assignmentId", String.valueOf(id));
        Assignment assignment = Found.or404(Assignment.findById(id), "interview assignment", id);
        Candidate candidate = assignment.application.candidate;
        try {
            Assignment moved = interviews.move(id, form.number("version"), localTime(form.text("startsAt")),
                    form.number("durationMinutes"));
            return Flash.success("/candidates/" + candidate.id, "The " + moved.stage.label() + " with "
                    + moved.interviewer.name + " is moved to " + Times.format(moved.startsAt) + "; "
                    + moved.interviewer.name + " gets an updated calendar request." + unmailed(candidate));
        } catch (InvalidInput refused) {
            return again(candidate, 400, refused.errors(), form);
        } catch (OptimisticLockException changed) {
            Assignment now = Assignment.findById(id);
            FieldErrors errors = FieldErrors.of("form", "Someone changed this interview after you opened the page; it is now at "
                    + Times.format(now.startsAt) + ". Your new time is kept below; move it again to use it.");
            return again(candidate, 409, errors, form.with("version", String.valueOf(now.calendarSequence)));
        }
    }

    private Response again(Candidate candidate, int status, FieldErrors errors, FormData form) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(CandidatePageResource.Templates.show(
                candidate, CandidatePage.of(candidate), errors, current.require(), form)).build();
    }

    /** Said on the page, since the candidate's invitation or update cannot go out. */
    private static String unmailed(Candidate candidate) {
        return candidate.email == null || candidate.email.isBlank() ? " " + candidate.name + " has no e-mail address, "
                + "so no invitation was sent to them." : "";
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
