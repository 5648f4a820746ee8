package app.rounddown.notes;

import app.rounddown.web.SqlValues;
import java.time.Instant;
import java.util.List;

/**
 * A candidate's newest notes with their authors, in one statement; at most {@link #LIMIT}. The same statement says
 * whether the viewer has a mention on this candidate still unseen, so the page marks mentions seen only when there are.
 */
public record NoteList(List<Line> notes, boolean more, boolean unseenMention) {
    public static final int LIMIT = 50;

    public record Line(long id, String author, Instant createdAt, String body) {
    }

    public static NoteList of(long candidateId) {
        return of(candidateId, null);
    }

    /** With {@code viewerId}, whether one of this candidate's notes mentions them and they have not seen it. */
    public static NoteList of(long candidateId, Long viewerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = CandidateNote.getEntityManager().createNativeQuery("select n.id, u.name, n.created_at, n.body, "
                        + "exists (select 1 from candidate_note_mention m join candidate_note mn on mn.id = m.note_id "
                        + "where mn.candidate_id = ?1 and m.user_id = ?2 and m.seen_at is null) "
                        + "from candidate_note n join app_user u on u.id = n.author_id where n.candidate_id = ?1 "
                        + "order by n.created_at desc, n.id desc limit ?3")
                .setParameter(1, candidateId).setParameter(2, viewerId == null ? -1L : viewerId)
                .setParameter(3, LIMIT + 1).getResultList();
        List<Line> lines = rows.stream().limit(LIMIT).map(r -> new Line(((Number) r[0]).longValue(), (String) r[1],
                SqlValues.instant(r[2]), (String) r[3])).toList();
        return new NoteList(lines, rows.size() > LIMIT, rows.stream().anyMatch(r -> Boolean.TRUE.equals(r[4])));
    }

    public boolean isEmpty() {
        return notes.isEmpty();
    }
}
