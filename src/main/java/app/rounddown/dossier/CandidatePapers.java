package app.rounddown.dossier;

import app.rounddown.candidate.CandidateCv;
import app.rounddown.candidate.CvFormat;
import app.rounddown.notes.NoteList;
import app.rounddown.web.SqlValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What is kept about a candidate besides the pipeline: their CVs (newest first, the newest one's text with it) and the
 * notes about them. One statement, whatever the number of CVs and notes.
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
        List<Object[]> rows = CandidateCv.getEntityManager().createNativeQuery("(select 'cv' as part, c.id, "
                        + "f.filename as name, c.uploaded_at as at, case when row_number() over (order by c.uploaded_at "
                        + "desc, c.id desc) = 1 then c.text end as text, f.content_type, f.size_bytes, c.uploaded_by, "
                        + "c.text_status, null as unseen_mention from candidate_cv c join stored_file f on f.id = c.file_id "
                        + "where c.candidate_id = ?1 order by c.uploaded_at desc, c.id desc limit ?4) union all "
                        + "(select 'note', n.id, n.author, n.created_at, n.body, null, null, null, null, n.unseen_mention "
                        + "from (" + NoteList.NEWEST + ") n) order by part, at desc, id desc")
                .setParameter(1, candidateId).setParameter(2, viewerId == null ? -1L : viewerId)
                .setParameter(3, NoteList.LIMIT + 1).setParameter(4, CV_LIMIT + 1).getResultList();
        List<Cv> cvs = new ArrayList<>();
        List<NoteList.Line> notes = new ArrayList<>();
        boolean unseenMention = false;
        for (Object[] r : rows) {
            if ("cv".equals(r[0])) {
                cvs.add(new Cv(((Number) r[1]).longValue(), (String) r[2], (String) r[5], ((Number) r[6]).longValue(),
                        (String) r[7], SqlValues.instant(r[3]), CandidateCv.TextStatus.valueOf((String) r[8]),
                        (String) r[4]));
            } else {
                notes.add(NoteList.line(r[1], r[2], r[3], r[4]));
                unseenMention |= Boolean.TRUE.equals(r[9]);
            }
        }
        return new CandidatePapers(cvs.stream().limit(CV_LIMIT).toList(), cvs.size() > CV_LIMIT,
                NoteList.of(notes, unseenMention));
    }

    public Cv newest() {
        return cvs.isEmpty() ? null : cvs.get(0);
    }

    public List<Cv> older() {
        return cvs.size() < 2 ? List.of() : cvs.subList(1, cvs.size());
    }
}
