package app.rounddown.scorecard;

import app.rounddown.audit.Audit;
import app.rounddown.audit.AuditEntry;
import app.rounddown.opening.RoleType;
import app.rounddown.people.CurrentUser;
import app.rounddown.pipeline.Stage;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.SingleLine;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * Admins keep the interview kits: one per interview stage, and optionally one per stage and role type (starting as a
 * copy of the stage's). Saving makes a new version; cards keep the version they were written against; any two
 * versions can be compared.
 */
@Path("/kits")
@Produces(MediaType.TEXT_HTML)
public class KitResource {
    static final String SAVE = "save";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance kits(List<StageKits> kits);

        static native TemplateInstance kit(InterviewKit kit, RoleType role, KitForm rows, FormData form,
                                           FieldErrors errors, int basedOn, String problem);

        static native TemplateInstance versions(List<InterviewKit> versions, Stage stage, RoleType role);

        static native TemplateInstance changes(InterviewKit older, InterviewKit newer, List<KitDifference.Change> changes,
                                               List<InterviewKit> versions);
    }

    @Inject
    CurrentUser current;
    @Inject
    Audit audit;

    @GET
    public TemplateInstance kits() {
        List<InterviewKit> forRoles = InterviewKit.currentRoleKits();
        return Templates.kits(Gate.INTERVIEW_STAGES.stream().map(InterviewKit::current).map(kit -> new StageKits(kit,
                forRoles.stream().filter(role -> role.stage == kit.stage).toList())).toList());
    }

    /** A stage's kit and the kits written for single roles at that stage. */
    public record StageKits(InterviewKit kit, List<InterviewKit> forRoles) {
    }

    @GET
    @Path("{stage}/edit")
    public TemplateInstance edit(String stage, @QueryParam("role") String role) {
        Stage at = ScorecardApi.stage(stage, "stage");
        RoleType forRole = role(role);
        InterviewKit kit = InterviewKit.newest(at, forRole).orElseGet(() -> InterviewKit.current(at));
        KitForm rows = KitForm.of(kit);
        return Templates.kit(kit, forRole, rows, rows.asForm(), FieldErrors.none(), basedOn(at, forRole), null);
    }

    @POST
    @Path("{stage}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response save(String stage, @QueryParam("role") String role, MultivaluedMap<String, String> posted) {
        Stage at = ScorecardApi.stage(stage, "stage");
        RoleType forRole = role(role);
        InterviewKit kit = InterviewKit.newest(at, forRole).orElseGet(() -> InterviewKit.current(at));
        FormData form = FormData.of(posted);
        KitForm rows = KitForm.posted(form);
        String step = form.get("step");
        int newest = basedOn(at, forRole);
        if (!step.isEmpty() && !step.equals(SAVE)) {
            KitForm changed = rows.apply(step);
            return Response.ok(Templates.kit(kit, forRole, changed, changed.asForm(), FieldErrors.none(),
                    form.number("basedOn") == null ? newest : form.number("basedOn"), null)).build();
        }
        FieldErrors errors = FieldErrors.none();
        String title = form.text("title");
        if (title == null || title.length() > 200) {
            errors.add("title", "Give the kit a title of up to 200 characters.");
        } else if (!SingleLine.Validator.holds(title)) {
            errors.add("title", SingleLine.MESSAGE);
        }
        Integer duration = form.number("durationMinutes");
        if (duration == null || duration < 5 || duration > 600) {
            errors.add("durationMinutes", "Use a length from 5 to 600 minutes.");
        }
        String notes = form.get("notes").strip();
        if (notes.length() > 5000) {
            errors.add("notes", "Keep the notes to 5,000 characters or fewer.");
        }
        List<InterviewKit.Criterion> criteria = rows.checkedCriteria(errors);
        List<String> questions = rows.checkedQuestions(errors);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.kit(kit, forRole, rows, form, errors,
                    form.number("basedOn") == null ? newest : form.number("basedOn"), null)).build();
        }
        Integer seen = form.number("basedOn");
        if (seen == null || seen != newest) {
            return Response.status(409).entity(Templates.kit(kit, forRole, rows, form, errors, newest,
                    kit.createdBy + " saved version " + newest + " of this kit while you were editing. Your changes "
                            + "are below and nothing was saved: compare them with version " + newest
                            + " and save again.")).build();
        }
        boolean first = forRole != null && kit.roleType == null;
        InterviewKit next = first
                ? kit.firstFor(forRole, title, duration, notes, criteria, questions, current.name())
                : kit.nextVersion(title, duration, notes, criteria, questions, current.name());
        String what = at.label() + " kit for " + next.forWhom();
        audit.record("kit", next.id, "new-version", what + " saved as version " + next.version,
                Map.of("version", new AuditEntry.Change(first ? "" : String.valueOf(kit.version),
                        String.valueOf(next.version))), null);
        return Flash.success("/kits", what + " saved as version " + next.version
                + ". Cards already written keep the version they used.");
    }

    @GET
    @Path("{stage}/versions")
    public TemplateInstance versions(String stage, @QueryParam("role") String role) {
        Stage at = ScorecardApi.stage(stage, "stage");
        RoleType forRole = role(role);
        List<InterviewKit> versions = InterviewKit.versions(at, forRole);
        if (versions.isEmpty()) {
            throw new NotFoundException("There is no " + at.label() + " kit for this role yet.");
        }
        return Templates.versions(versions, at, forRole);
    }

    /** What changed between two versions; by default the newest and the one before it. */
    @GET
    @Path("{stage}/changes")
    public TemplateInstance changes(String stage, @QueryParam("role") String role, @QueryParam("from") String from,
                                    @QueryParam("to") String to) {
        Stage at = ScorecardApi.stage(stage, "stage");
        RoleType forRole = role(role);
        List<InterviewKit> versions = InterviewKit.versions(at, forRole);
        if (versions.size() < 2 && (from == null || to == null)) {
            throw InvalidInput.of("from", "This kit has only one version, so there is nothing to compare yet.");
        }
        InterviewKit newer = to == null ? versions.get(0) : version(versions, to, "to");
        InterviewKit older = from == null ? versions.get(1) : version(versions, from, "from");
        return Templates.changes(older, newer, KitDifference.between(older, newer), versions);
    }

    private static InterviewKit version(List<InterviewKit> versions, String number, String field) {
        try {
            int wanted = Integer.parseInt(number.strip());
            return versions.stream().filter(kit -> kit.version == wanted).findFirst()
                    .orElseThrow(() -> InvalidInput.of(field, "This kit has no version " + wanted + "."));
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "Give a version number, such as 2.");
        }
    }

    private static int basedOn(Stage stage, RoleType role) {
        return InterviewKit.newest(stage, role).map(kit -> kit.version).orElse(0);
    }

    private static RoleType role(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        try {
            return RoleType.valueOf(role.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("role", "Choose a role type from the list.");
        }
    }
}
