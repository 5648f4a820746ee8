package app.rounddown.notes;

import java.time.Instant;
import java.util.List;

/** A candidate's newest notes with their authors, in one statement; at most {@link #LIMIT}. */
public record NoteList(List<Line> notes, boolean more) {
    public static final int LIMIT = 50;

    public record Line(long id, String author, Instant createdAt, String body) {
    }

    public static NoteList of(long candidateId) {
        List<CandidateNote> found = CandidateNote.<CandidateNote>find("from CandidateNote n join fetch n.author "
                + "where n.candidateId = ?1 order by n.createdAt desc, n.id desc", candidateId).page(0, LIMIT + 1).list();
        List<Line> lines = found.stream().limit(LIMIT)
                .map(n -> new Line(n.id, n.author.name, n.createdAt, n.body)).toList();
        return new NoteList(lines, found.size() > LIMIT);
    }

    public boolean isEmpty() {
        return notes.isEmpty();
    }
}
