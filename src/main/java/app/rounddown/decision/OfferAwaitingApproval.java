package app.rounddown.decision;

/** An offer has one of its two approvals and waits for the other person's; fired inside the approval's transaction. */
public record OfferAwaitingApproval(long applicationId, long waitingOnUserId) {
}
