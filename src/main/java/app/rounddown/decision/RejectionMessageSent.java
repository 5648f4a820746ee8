package app.rounddown.decision;

/** The recruiter sent a rejection's message to the candidate; fired inside that transaction, so the mail goes with it. */
public record RejectionMessageSent(long decisionId, long applicationId) {
}
