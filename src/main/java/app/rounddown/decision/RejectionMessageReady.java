package app.rounddown.decision;

/** A rejection's message to the candidate is drafted and waits for the recruiter to send it. */
public record RejectionMessageReady(long decisionId, long applicationId) {
}
