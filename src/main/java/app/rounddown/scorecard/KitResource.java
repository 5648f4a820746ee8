package app.rounddown.scorecard;

import app.rounddown.audit.Audit;
import app.rounddown.audit.AuditEntry;
import app.rounddown.people.CurrentUser;
import app.rounddown.pipeline.Stage;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import app.rounddown.web.SingleLine;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Admins keep the interview kits. Saving makes a new version; cards keep the version they were written against. */
@Path("/kits")
@Produces(MediaType.TEXT_HTML)
public class KitResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance kits(List<InterviewKit> kits);

        static native TemplateInstance kit(InterviewKit kit, FormData form, FieldErrors errors);
    }

    @Inject
    CurrentUser current;
    @Inject
    Audit audit;

    @GET
    public TemplateInstance kits() {
        return Templates.kits(Gate.INTERVIEW_STAGES.stream().map(InterviewKit::current).toList());
    }

    @GET
    @Path("{stage}/edit")
    public TemplateInstance edit(String stage) {
        InterviewKit kit = InterviewKit.current(ScorecardApi.stage(stage, "stage"));
        StringBuilder criteria = new StringBuilder();
        kit.criteria.forEach(c -> criteria.append(c.key()).append(" | ").append(c.name()).append(" | ")
                .append(c.guidance()).append(c.culture() ? " | culture" : "").append('\n'));
        return Templates.kit(kit, FormData.of(Map.of("title", kit.title, "durationMinutes", kit.durationMinutes,
                "notes", kit.notes, "criteria", criteria.toString().strip(), "questions",
                String.join("\n", kit.questions))), FieldErrors.none());
    }

    @POST
    @Path("{stage}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response save(String stage, MultivaluedMap<String, String> posted) {
        Stage at = ScorecardApi.stage(stage, "stage");
        InterviewKit kit = InterviewKit.current(at);
        FormData form = FormData.of(posted);
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
        List<InterviewKit.Criterion> criteria = criteria(form.get("criteria"), errors);
        List<String> questions = form.get("questions").lines().map(String::strip).filter(q -> !q.isEmpty()).toList();
        if (questions.isEmpty() || questions.size() > 30 || questions.stream().anyMatch(q -> q.length() > 1000)) {
            errors.add("questions", "Write between one and thirty questions, one per line, each under 1,000 characters.");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.kit(kit, form, errors)).build();
        }
        InterviewKit next = kit.nextVersion(title, duration, notes, criteria, questions, current.name());
        audit.record("kit", next.id, "new-version", at.label() + " kit saved as version " + next.version,
                Map.of("version", new AuditEntry.Change(String.valueOf(kit.version), String.valueOf(next.version))), null);
        return Flash.success("/kits", at.label() + " kit saved as version " + next.version
                + ". Cards already written keep the version they used.");
    }

    /** One criterion a line: "key | name | guidance", with "| culture" at the end for culture criteria. */
    static List<InterviewKit.Criterion> criteria(String text, FieldErrors errors) {
        List<InterviewKit.Criterion> criteria = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String line : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String[] parts = line.split("\\|");
            String key = parts[0].strip();
            if (parts.length < 3 || !key.matches("[a-z0-9-]{1,40}") || !keys.add(key) || parts[1].isBlank()) {
                errors.add("criteria", "Write each criterion as \u201ckey | name | guidance\u201d (add \u201c| culture\u201d "
                        + "for a culture criterion); keys are unique, in lower case letters, digits and dashes. "
                        + "This line is not: " + line);
                return List.of();
            }
            boolean culture = parts.length > 3 && parts[3].strip().equalsIgnoreCase("culture");
            criteria.add(new InterviewKit.Criterion(key, parts[1].strip(), parts[2].strip(), culture));
        }
        if (criteria.isEmpty() || criteria.size() > 20) {
            errors.add("criteria", "Give between one and twenty criteria.");
        }
        return criteria;
    }
}
