package app.rounddown.dossier;

import app.rounddown.candidate.Candidate;
import app.rounddown.people.CurrentUser;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Assignment;
import app.rounddown.scorecard.InterviewerChoices;
import app.rounddown.scorecard.Interviews;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.Found;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Times;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance picker(Long id, InterviewerChoices choices, FormData form, FieldErrors errors,
                                              List<String> warnings, boolean mine);
    }

    /**
     * Assigns, unless the interviewer has another interview then and the recruiter has not yet said to go ahead:
     * the warning comes before the invitation is sent, so a clash costs the interviewer no extra mail.
     */
    @POST
    public Response assign(MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        Long applicationId = form.id("applicationId");
        if (applicationId == null) {
            throw InvalidInput.of("applicationId", "Choose the application to interview.");
        }
        Candidate candidate = Interviews.application(applicationId).candidate;
        List<String> warnings = List.of();
        try {
            Interviews.NewAssignment input = input(form);
            warnings = interviews.clashes(applicationId, input);
            if (!warnings.isEmpty() && form.text("confirmWarnings") == null) {
                return again(candidate, 200, FieldErrors.none(), form, warnings);
            }
            Assignment assignment = interviews.assign(applicationId, input);
            return Flash.success("/candidates/" + candidate.id, assignment.interviewer.name + " will interview at the "
                    + assignment.stage.label() + "." + (warnings.isEmpty() ? "" : " " + assignment.interviewer.name
                    + " has another interview at that time too.") + unmailed(candidate));
        } catch (InvalidInput refused) {
            return again(candidate, 400, refused.errors(), form, warnings);
        }
    }

    /** The interviewer picker again as the form changes (htmx): each person's interviews that day, and any clash. */
    @POST
    @Path("warnings")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance warnings(MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted);
        Long applicationId = form.id("applicationId");
        Interviews.application(applicationId == null ? -1 : applicationId);
        List<String> warnings;
        try {
            warnings = interviews.clashes(applicationId, input(form));
        } catch (InvalidInput notYet) {
            warnings = List.of();
        }
        return Templates.picker(applicationId, InterviewerChoices.on(AssignmentDraft.day(form), zone()), form,
                FieldErrors.none(), warnings, true);
    }

    /** A new time for an interview, from the list of its interviewers; the calendar requests follow by mail. */
    @POST
    @Path("{id}/moves")
    public Response move(Long id, MultivaluedMap<String, String> posted) {
        FormData form = FormData.of(posted).with("assignmentId", String.valueOf(id));
        Assignment assignment = Found.or404(Assignment.findById(id), "interview assignment", id);
        Candidate candidate = assignment.application.candidate;
        List<String> warnings = List.of();
        try {
            Instant startsAt = AssignmentDraft.startsAt(form, zone());
            warnings = interviews.clashesOfMove(id, startsAt, form.number("durationMinutes"));
            if (!warnings.isEmpty() && form.text("confirmWarnings") == null) {
                return again(candidate, 200, FieldErrors.none(), form, warnings);
            }
            Assignment moved = interviews.move(id, form.number("version"), startsAt, form.number("durationMinutes"));
            return Flash.success("/candidates/" + candidate.id, "The " + moved.stage.label() + " with "
                    + moved.interviewer.name + " is moved to " + Times.format(moved.startsAt) + "; "
                    + moved.interviewer.name + " gets an updated calendar request." + unmailed(candidate));
        } catch (InvalidInput refused) {
            return again(candidate, 400, refused.errors(), form, warnings);
        } catch (OptimisticLockException changed) {
            Assignment now = Assignment.findById(id);
            FieldErrors errors = FieldErrors.of("form", "Someone changed this interview after you opened the page; it is now at "
                    + Times.format(now.startsAt) + ". Your new time is kept below; move it again to use it.");
            return again(candidate, 409, errors, form.with("version", String.valueOf(now.calendarSequence)), List.of());
        }
    }

    private Response again(Candidate candidate, int status, FieldErrors errors, FormData form, List<String> warnings) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(CandidatePageResource.Templates.show(
                candidate, CandidatePage.of(candidate, AssignmentDraft.day(form), zone()), errors, current.require(),
                new AssignmentDraft(form, warnings), Unfold.none())).build();
    }

    private Interviews.NewAssignment input(FormData form) {
        return new Interviews.NewAssignment(form.choice("stage", Stage.class), form.id("interviewerId"),
                AssignmentDraft.startsAt(form, zone()), form.number("durationMinutes"));
    }

    private ZoneId zone() {
        return ZoneId.of(current.require().timeZone);
    }

    /** Said on the page, since the candidate's invitation or update cannot go out. */
    private static String unmailed(Candidate candidate) {
        return candidate.email == null || candidate.email.isBlank() ? " " + candidate.name + " has no e-mail address, "
                + "so no invitation was sent to them." : "";
    }
}
