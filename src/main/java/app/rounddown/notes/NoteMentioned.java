package app.rounddown.notes;

/** A note mentions someone who may see the candidate; the mail room tells them, in the same transaction. */
public record NoteMentioned(long noteId, long candidateId, long userId) {
}
