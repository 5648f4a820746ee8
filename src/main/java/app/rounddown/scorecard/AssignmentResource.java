package app.rounddown.scorecard;

import app.rounddown.people.CurrentUser;
import app.rounddown.web.Flash;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/** Recruiters excuse a card that is not needed (interviewers are assigned from the candidate page, in dossier). */
@Path("/assignments")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AssignmentResource {
    @Inject
    Interviews interviews;
    @Inject
    CurrentUser current;

    @POST
    @Path("{id}/excusal")
    public Response excuse(Long id, @RestForm String reason) {
        Assignment assignment = Assignment.findById(id);
        String back = assignment == null ? "/" : "/candidates/" + assignment.application.candidate.id;
        return Flash.outcome(back, () -> interviews.excuse(id, reason).interviewer.name + "'s card is excused.");
    }
}
