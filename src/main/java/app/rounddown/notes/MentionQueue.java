package app.rounddown.notes;

import app.rounddown.web.SqlValues;
import java.time.Instant;
import java.util.List;

/** The notes that mention one person and that they have not opened or dismissed yet, newest first. */
public final class MentionQueue {
    public static final int LIMIT = 100;

    private MentionQueue() {
    }

    public record Mention(long noteId, long candidateId, String candidateName, String author, Instant mentionedAt) {
        public String link() {
            return Notes.PAGE_ROUTE.replace("{id}", String.valueOf(candidateId)) + "#note-" + noteId;
        }
    }

    public static List<Mention> unseenBy(long userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = CandidateNote.getEntityManager().createNativeQuery("select n.id, n.candidate_id, c.name, "
                        + "u.name as author, n.created_at from candidate_note_mention m join candidate_note n on n.id = m.note_id "
                        + "join candidate c on c.id = n.candidate_id join app_user u on u.id = n.author_id "
                        + "where m.user_id = ?1 and m.seen_at is null order by n.created_at desc, n.id desc limit ?2")
                .setParameter(1, userId).setParameter(2, LIMIT).getResultList();
        return rows.stream().map(r -> new Mention(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], SqlValues.instant(r[4]))).toList();
    }
}
