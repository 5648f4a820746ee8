package app.rounddown.candidate;

import app.rounddown.audit.Audit;
import app.rounddown.files.StoredFile;
import app.rounddown.files.StoredFiles;
import app.rounddown.web.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Keeps a candidate's CV: checked by content (PDF or .docx, at most 10 MB), stored in the database like hand-ins,
 * its text left for the background reader so the upload stays fast.
 */
@ApplicationScoped
public class CandidateCvs {
    @Inject
    StoredFiles files;
    @Inject
    Audit audit;

    /** The message for a file that cannot be a CV, or null when it can. Checks content, never the name. */
    public static String problemWith(FileUpload upload) {
        String tooLarge = sizeProblem(upload);
        if (tooLarge != null) {
            return tooLarge;
        }
        return CvFormat.of(StoredFiles.bytesOf(upload)).isPresent() ? null : CvFormat.REFUSED;
    }

    /** Checks the file and throws a field error for {@code field} when it cannot be a CV. */
    public static void check(String field, FileUpload upload) {
        String problem = problemWith(upload);
        if (problem != null) {
            throw InvalidInput.of(field, problem);
        }
    }

    /** Checks and stores the upload, reading its bytes once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CandidateCv attach(Candidate candidate, FileUpload upload, String uploadedBy) {
        String tooLarge = sizeProblem(upload);
        if (tooLarge != null) {
            throw InvalidInput.of("cv", tooLarge);
        }
        byte[] bytes = StoredFiles.bytesOf(upload);
        CvFormat format = CvFormat.of(bytes).orElseThrow(() -> InvalidInput.of("cv", CvFormat.REFUSED));
        return attach(candidate, files.store(format.filename(upload.fileName()), format.contentType, bytes), uploadedBy);
    }

    private static String sizeProblem(FileUpload upload) {
        return upload.size() <= CvFormat.MAX_BYTES ? null : String.format(Locale.ENGLISH,
                "This file is %.1f MB; a CV can be at most 10 MB.", upload.size() / (1024.0 * 1024.0));
    }

    /** Makes an already stored (and checked) file this candidate's newest CV. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CandidateCv attach(Candidate candidate, StoredFile file, String uploadedBy) {
        CandidateCv cv = new CandidateCv();
        cv.candidateId = candidate.id;
        cv.file = file;
        cv.uploadedBy = uploadedBy;
        cv.persist();
        audit.created("candidate_cv", cv.id, "CV " + file.filename + " added for " + candidate.name,
                Map.of("file", file.filename, "uploadedBy", uploadedBy), candidate.id);
        return cv;
    }
}
