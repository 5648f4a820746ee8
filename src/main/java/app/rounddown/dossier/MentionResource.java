package app.rounddown.dossier;

import app.rounddown.notes.Notes;
import app.rounddown.people.CurrentUser;
import app.rounddown.web.Flash;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Taking a mention off one's own queue without opening the note. */
@Path("/mentions")
public class MentionResource {
    @Inject
    Notes notes;
    @Inject
    CurrentUser current;

    @POST
    @Path("{noteId}/dismissal")
    public Response dismiss(Long noteId) {
        return notes.dismiss(current.require(), noteId) ? Flash.success("/queues", "Mention dismissed.")
                : Flash.problem("/queues", "That mention is not on your queue any more.");
    }
}
