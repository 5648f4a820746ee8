package app.rounddown.dossier;

import app.rounddown.candidate.Candidate;
import app.rounddown.candidate.Candidates;
import app.rounddown.notes.Notes;
import app.rounddown.people.CurrentUser;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
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
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Notes on a candidate and their CV, for everyone who may see the candidate: the pipeline's readers (who also have the
 * candidate page) and the interviewers assigned to them. Mentions link here.
 */
@Path("/candidates")
@Produces(MediaType.TEXT_HTML)
public class CandidateNotesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notes(Candidate candidate, CandidatePapers papers, FieldErrors errors, String draft);
    }

    @Inject
    Notes notes;
    @Inject
    CurrentUser current;

    @GET
    @Path("{id}/notes")
    public TemplateInstance show(Long id) {
        Candidate candidate = Candidates.find(id);
        notes.sawNotesOn(current.require(), candidate.id);
        return Templates.notes(candidate, CandidatePapers.of(candidate.id), FieldErrors.none(), "");
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(Long id, @RestForm String body, @RestForm String returnTo) {
        Candidate candidate = Candidates.find(id);
        try {
            Notes.Added added = notes.add(candidate, current.require(), body);
            String back = "candidate".equals(returnTo) ? "/candidates/" + id : "/candidates/" + id + "/notes";
            return Flash.success(back + "#note-" + added.noteId(), added.message(candidate.name));
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(Templates.notes(candidate, CandidatePapers.of(candidate.id),
                    invalid.errors(), body)).build();
        }
    }
}
