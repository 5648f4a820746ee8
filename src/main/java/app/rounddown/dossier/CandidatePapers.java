package app.rounddown.dossier;

import app.rounddown.candidate.CandidateCv;
import app.rounddown.candidate.CvFormat;
import app.rounddown.notes.NoteList;
import app.rounddown.web.SqlValues;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What is kept about a candidate besides the pipeline: their CVs (newest first, the newest one's text with it) and the
 * notes about them. Two statements, whatever the number of CVs and notes.
 */
public record CandidatePapers(List<Cv> cvs, boolean moreCvs, NoteList notes) {
    static final int CV_LIMIT = 20;

    /** One CV as the page lists it; {@code text} is loaded for the newest only. */
    public record Cv(long id, String filename, String contentType, long sizeBytes, String uploadedBy, Instant uploadedAt,
                     CandidateCv.TextStatus textStatus, String text) {
        public boolean isPdf() {
            return CvFormat.PDF.contentType.equals(contentType);
        }

        public String size() {
            return sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " KB"
                    : String.format(Locale.ENGLISH, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
        }

        public boolean read() {
            return textStatus == CandidateCv.TextStatus.READ;
        }

        public boolean unreadable() {
            return textStatus == CandidateCv.TextStatus.UNREADABLE;
        }
    }

    public static CandidatePapers of(long candidateId) {
        return of(candidateId, null);
    }

    /** With the viewer, so the notes say whether one still unseen mentions them. */
    public static CandidatePapers of(long candidateId, Long viewerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = CandidateCv.getEntityManager().createNativeQuery("select c.id, f.filename, f.content_type, "
                        + "f.size_bytes, c.uploaded_by, c.uploaded_at, c.text_status, case when row_number() over "
                        + "(order by c.uploaded_at desc, c.id desc) = 1 then c.text end from candidate_cv c "
                        + "join stored_file f on f.id = c.file_id where c.candidate_id = ?1 "
                        + "order by c.uploaded_at desc, c.id desc limit ?2")
                .setParameter(1, candidateId).setParameter(2, CV_LIMIT + 1).getResultList();
        List<Cv> cvs = rows.stream().limit(CV_LIMIT).map(r -> new Cv(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], ((Number) r[3]).longValue(), (String) r[4], SqlValues.instant(r[5]),
                CandidateCv.TextStatus.valueOf((String) r[6]), (String) r[7])).toList();
        return new CandidatePapers(cvs, rows.size() > CV_LIMIT, NoteList.of(candidateId, viewerId));
    }

    public Cv newest() {
        return cvs.isEmpty() ? null : cvs.get(0);
    }

    public List<Cv> older() {
        return cvs.size() < 2 ? List.of() : cvs.subList(1, cvs.size());
    }
}
