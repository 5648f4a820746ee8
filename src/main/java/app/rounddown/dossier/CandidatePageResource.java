package app.rounddown.dossier;

import app.rounddown.candidate.Candidate;
import app.rounddown.candidate.Candidates;
import app.rounddown.notes.Notes;
import app.rounddown.people.CurrentUser;
import app.rounddown.people.Role;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.ApplicationInputs;
import app.rounddown.pipeline.Applications;
import app.rounddown.scorecard.Interviews;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.HtmxRequests;
import app.rounddown.web.InputCheck;
import app.rounddown.web.InvalidInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** The candidate page: profile, applications with their interview results and SuperDays, timeline, history. */
@Path("/candidates")
@Produces(MediaType.TEXT_HTML)
public class CandidatePageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Candidate candidate, CandidatePage history, FieldErrors errors, User viewer,
                                            AssignmentDraft assignment, Unfold unfold);

        static native TemplateInstance openingsToJoin(Candidate candidate, List<CandidatePage.Joinable> openings,
                                                      FieldErrors errors);
    }

    @Inject
    InputCheck inputCheck;
    @Inject
    Applications actions;
    @Inject
    CurrentUser current;
    @Inject
    Interviews interviews;
    @Inject
    Notes notes;

    @GET
    @Path("{id}")
    public TemplateInstance show(Long id, @QueryParam("assign") String assign, @QueryParam("add") String add) {
        User viewer = current.require();
        CandidatePage history = CandidatePage.of(id, viewer.id);
        // Already loaded with the applications, unless there are none.
        Candidate candidate = Candidates.find(id);
        List<Interviews.Seen> firstShown = history.shownFirstTime(viewer);
        if (!firstShown.isEmpty()) {
            interviews.sawCards(viewer, firstShown);
        }
        if (history.papers().notes().unseenMention()) {
            notes.sawNotesOn(viewer, candidate.id);
        }
        if ((viewer.has(Role.ADMIN) || viewer.has(Role.RECRUITER))
                && history.applications().stream().anyMatch(application -> application.openedAt == null)) {
            // A view that must be recorded: the board shows careers-page applications as "new" until a recruiter looks.
            QuarkusTransaction.requiringNew().run(() -> Application.getEntityManager().createNativeQuery(
                    "update application set opened_at = now() where candidate_id = ?1 and opened_at is null")
                    .setParameter(1, candidate.id).executeUpdate());
        }
        return Templates.show(candidate, history, FieldErrors.none(), viewer, AssignmentDraft.none(),
                Unfold.of(assign, add));
    }

    /**
     * The folded add-to-opening form's choice, when htmx unfolds it: the openings alone (up to 500), not the whole page
     * again. A browser without htmx is sent to the page with the form open.
     */
    @GET
    @Path("{id}/applications/new")
    public Response openingsToJoin(Long id, @HeaderParam(HtmxRequests.HEADER) String htmx) {
        if (!HtmxRequests.asked(htmx)) {
            return Response.seeOther(URI.create("/candidates/" + id + "?add=opening#add-opening")).build();
        }
        Candidate candidate = Candidates.find(id);
        return Response.ok(Templates.openingsToJoin(candidate, CandidatePage.openToJoin(candidate.id), FieldErrors.none()))
                .build();
    }

    @POST
    @Path("{id}/applications")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addToOpening(Long id, MultivaluedMap<String, String> posted) {
        Candidate candidate = Candidates.find(id);
        FormData form = FormData.of(posted);
        ApplicationInputs.NewApplication input = new ApplicationInputs.NewApplication(id, form.id("openingId"));
        FieldErrors errors = inputCheck.check(input);
        if (errors.isEmpty()) {
            try {
                actions.start(input);
                return Flash.success("/candidates/" + id, candidate.name + " added to the pipeline at Applied.");
            } catch (InvalidInput invalid) {
                errors = invalid.errors();
            }
        }
        return Response.status(400).entity(Templates.show(candidate, CandidatePage.of(candidate), errors,
                current.require(), AssignmentDraft.none(), Unfold.none())).build();
    }
}
