package app.rounddown.dossier;

import app.rounddown.candidate.Candidate;
import app.rounddown.candidate.CandidateCv;
import app.rounddown.candidate.CandidateCvs;
import app.rounddown.candidate.Candidates;
import app.rounddown.candidate.CvFormat;
import app.rounddown.files.Downloads;
import app.rounddown.files.StoredFiles;
import app.rounddown.people.CurrentUser;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Flash;
import app.rounddown.web.Found;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A candidate's CVs: a recruiter adds one on the candidate page; the page shows a PDF in the browser's own viewer, in a
 * sandboxed frame, and every CV can be downloaded. The text is read later, by {@code CvTextReader}.
 */
@Path("/candidates")
public class CandidateCvResource {
    /** A CV shown in a frame of the app's own page: no script, no form, no plugin of its own, nothing else loaded. */
    static final String FRAMED_FILE_POLICY = "sandbox; default-src 'none'; frame-ancestors 'self'";

    @Inject
    CandidateCvs cvs;
    @Inject
    StoredFiles files;
    @Inject
    CurrentUser current;

    @POST
    @Path("{id}/cvs")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(Long id, @RestForm("cv") FileUpload upload) {
        Candidate candidate = Candidates.find(id);
        String problem = upload == null || upload.fileName() == null || upload.fileName().isBlank() || upload.size() == 0
                ? "Choose the CV file (PDF or Word .docx) to add." : CandidateCvs.problemWith(upload);
        if (problem != null) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(CandidatePageResource.Templates.show(
                    candidate, CandidatePage.of(candidate), FieldErrors.of("cv", problem), current.require(),
                    AssignmentDraft.none(), Unfold.none())).build();
        }
        String filename = QuarkusTransaction.requiringNew().call(() ->
                cvs.attach(Candidate.findById(id), upload, current.name()).file.filename);
        return Flash.success("/candidates/" + id + "#cv-heading", "CV " + filename + " added for " + candidate.name
                + ". Its text is read in a moment.");
    }

    /** The CV itself: a PDF inline, for the frame on the candidate page; a Word file as a download. */
    @GET
    @Path("{id}/cvs/{cvId}")
    public Response show(Long id, Long cvId) {
        CandidateCv cv = cvOf(id, cvId);
        byte[] content = files.content(cv.file.id);
        if (!CvFormat.PDF.contentType.equals(cv.file.contentType)) {
            return Downloads.attachment(content, cv.file.filename);
        }
        return Response.ok(content, CvFormat.PDF.contentType)
                .header("Content-Disposition", "inline; filename*=UTF-8''"
                        + URLEncoder.encode(cv.file.filename, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Content-Security-Policy", FRAMED_FILE_POLICY).header("X-Frame-Options", "SAMEORIGIN")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("{id}/cvs/{cvId}/download")
    public Response download(Long id, Long cvId) {
        CandidateCv cv = cvOf(id, cvId);
        return Downloads.attachment(files.content(cv.file.id), cv.file.filename);
    }

    /** The CV, only if it is this candidate's: the access rule was checked for the candidate in the path. */
    private static CandidateCv cvOf(long candidateId, long cvId) {
        CandidateCv cv = CandidateCv.<CandidateCv>find("from CandidateCv c join fetch c.file where c.id = ?1 "
                + "and c.candidateId = ?2", cvId, candidateId).firstResult();
        return Found.or404(cv, "CV of this candidate", cvId);
    }
}
