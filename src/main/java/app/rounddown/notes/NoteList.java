package app.rounddown.notes;

import app.rounddown.web.SqlValues;
import java.time.Instant;
import java.util.List;

/**
 * A candidate's newest notes with their authors; at most {@link #LIMIT}. The statement that reads them says whether the
 * viewer has a mention on this candidate still unseen, so the page marks mentions seen only when there are.
 */
public record NoteList(List<Line> notes, boolean more, boolean unseenMention) {
    public static final int LIMIT = 50;

    public record Line(long id, String author, Instant createdAt, String body) {
    }

    /**
     * A candidate's newest notes, at most one more than {@link #LIMIT} (so the list knows there are more). Parameters:
     * ?1 the candidate, ?2 the viewer (-1 for nobody), ?3 the limit. Columns: id, author, created_at, body, and
     * unseen_mention (whether one of this candidate's notes mentions the viewer and they have not seen it).
     */
    public static final String NEWEST = "select n.id, u.name as author, n.created_at, n.body, "
            + "exists (select 1 from candidate_note_mention m join candidate_note mn on mn.id = m.note_id "
            + "where mn.candidate_id = ?1 and m.user_id = ?2 and m.seen_at is null) as unseen_mention "
            + "from candidate_note n join app_user u on u.id = n.author_id where n.candidate_id = ?1 "
            + "order by n.created_at desc, n.id desc limit ?3";

    /** The notes read with {@link #NEWEST}, newest first, and whether one mentions the viewer unseen. */
    public static NoteList of(List<Line> newest, boolean unseenMention) {
        return new NoteList(newest.stream().limit(LIMIT).toList(), newest.size() > LIMIT, unseenMention);
    }

    public static Line line(Object id, Object author, Object createdAt, Object body) {
        return new Line(((Number) id).longValue(), (String) author, SqlValues.instant(createdAt), (String) body);
    }

    public boolean isEmpty() {
        return notes.isEmpty();
    }
}
