package app.rounddown.privacy;

import app.rounddown.candidate.Candidate;
import app.rounddown.candidate.Candidates;
import app.rounddown.web.Confirmation;
import app.rounddown.web.Flash;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Erasure on request: GET asks what will go and what stays, POST erases. */
@Path("/candidates/{id}/erasures")
@Produces(MediaType.TEXT_HTML)
public class ErasureResource {
    @Inject
    Erasures erasures;

    @GET
    public TemplateInstance ask(Long id) {
        Candidate candidate = Candidates.find(id);
        String back = "/candidates/" + id;
        return Confirmation.of("Erase " + candidate.name + "'s personal data?", back + "/erasures", back)
                .saying("Goes: their name (they become \u201c" + Erasure.anonymousName(id) + "\u201d), e-mail, phone, "
                        + "location, LinkedIn, CV link and profile notes.")
                .saying("Goes: their CVs and CV text, notes about them, SuperDay hand-ins and kept files, and the "
                        + "messages sent to them (addresses, subjects, bodies and attachments).")
                .saying("Goes: free text about them: scorecard takeaways, concerns and criterion notes, rejection reasons "
                        + "and messages, decision notes, offer notes; the audit log's values about them read \u201cerased\u201d.")
                .saying("Stays, anonymous, for reports: each application with the stage reached, dates, source, status "
                        + "and reason category; scores as numbers; SuperDay fees and offer terms; consent records "
                        + "(time and wording version).")
                .saying("This cannot be undone. The audit log records that you erased them.")
                .yes("Yes, erase their personal data").page();
    }

    @POST
    public Response erase(Long id) {
        if (!erasures.onRequest(id)) {
            throw new NotFoundException();
        }
        return Flash.success("/candidates/" + id, "Personal data erased: the candidate is now "
                + Erasure.anonymousName(id) + ".");
    }
}
