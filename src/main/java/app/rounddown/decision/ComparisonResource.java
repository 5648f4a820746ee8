package app.rounddown.decision;

import app.rounddown.audit.Audit;
import app.rounddown.audit.AuditEntry;
import app.rounddown.files.Downloads;
import app.rounddown.files.StoredFiles;
import app.rounddown.opening.Opening;
import app.rounddown.people.CurrentUser;
import app.rounddown.people.User;
import app.rounddown.superday.Submission;
import app.rounddown.superday.SuperDayStatus;
import app.rounddown.superday.TaskVersion;
import app.rounddown.web.Found;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** Side-by-side SuperDay outputs for one opening and task version, blind until the viewer reveals names. */
@Path("/comparisons")
@Produces(MediaType.TEXT_HTML)
public class ComparisonResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance comparison(Comparison comparison);
    }

    @Inject
    CurrentUser current;
    @Inject
    Audit audit;
    @Inject
    StoredFiles files;

    @GET
    @Path("{openingId}")
    public TemplateInstance show(long openingId, @QueryParam("version") Long version) {
        return Templates.comparison(Comparison.of(opening(openingId), version, current.require()));
    }

    /** One action lifts the blind pass for this viewer; the audit log keeps who looked and when. */
    @POST
    @Path("{openingId}/reveal")
    @Transactional
    public Response reveal(long openingId, @RestForm Long version) {
        Opening opening = opening(openingId);
        // Only the version being looked at is needed, not the whole comparison.
        TaskVersion compared = version == null ? null : TaskVersion.<TaskVersion>find("from TaskVersion v where v.id = ?1 "
                + "and exists (select 1 from SuperDay s where s.taskVersion = v and s.application.opening.id = ?2 "
                + "and s.status <> ?3)", version, openingId, SuperDayStatus.CANCELLED).firstResult();
        if (compared == null) {
            throw new NotFoundException("No SuperDay of this opening used that task version.");
        }
        User viewer = current.require();
        if (!ComparisonReveal.revealed(openingId, compared.id, viewer.id)) {
            ComparisonReveal reveal = new ComparisonReveal();
            reveal.openingId = openingId;
            reveal.taskVersionId = compared.id;
            reveal.viewerId = viewer.id;
            reveal.persist();
            audit.record("comparison", openingId, "revealed", viewer.name + " revealed candidate names in the comparison "
                    + "for \u201c" + opening.title + "\u201d (" + compared.label() + ")",
                    Map.of("blind", new AuditEntry.Change("true", "false")), null);
        }
        return Response.seeOther(URI.create("/comparisons/" + openingId + "?version=" + compared.id)).build();
    }


    @GET
    @Path("{openingId}/export")
    @Produces("text/csv")
    public Response export(long openingId, @QueryParam("version") Long version) {
        Comparison comparison = Comparison.of(opening(openingId), version, current.require());
        return Response.ok(ComparisonCsv.of(comparison), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"superday-comparison-" + openingId + ".csv\"").build();
    }

    /** A submitted link, opened without its address in the page, so the blind pass shows no names in URLs. */
    @GET
    @Path("{openingId}/links/{submissionId}/{number}")
    public Response link(long openingId, long submissionId, int number) {
        Submission submission = Submission.findById(submissionId);
        if (submission == null || !submission.superDay.application.opening.id.equals(openingId)) {
            throw new NotFoundException("There is no such submission in this opening.");
        }
        List<String> links = submission.linkList();
        if (number < 1 || number > links.size()) {
            throw new NotFoundException("That submission has no link " + number + ".");
        }
        return Response.seeOther(URI.create(links.get(number - 1))).header("Referrer-Policy", "no-referrer").build();
    }

    /** A handed-in file, named "file-1.pdf" while the comparison is blind, since file names often carry a name. */
    @GET
    @Path("{openingId}/files/{submissionId}/{number}")
    @Produces(MediaType.WILDCARD)
    public Response file(long openingId, long submissionId, int number, @QueryParam("version") Long version) {
        Submission submission = Submission.findById(submissionId);
        if (submission == null || !submission.superDay.application.opening.id.equals(openingId)
                || number < 1 || number > submission.files.size()) {
            throw new NotFoundException("There is no such file in this opening.");
        }
        var file = submission.files.get(number - 1);
        boolean blind = submission.superDay.taskVersion == null || !ComparisonReveal.revealed(openingId,
                submission.superDay.taskVersion.id, current.require().id);
        String name = blind ? "file-" + number + extension(file.filename) : file.filename;
        return Downloads.attachment(files.content(file.id), name);
    }

    private static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        String ext = dot < 0 ? "" : filename.substring(dot).toLowerCase(java.util.Locale.ROOT);
        return ext.matches("\\.[a-z0-9]{1,8}") ? ext : "";
    }

    private static Opening opening(long id) {
        return Found.or404(Opening.<Opening>findById(id), "opening", id);
    }
}
