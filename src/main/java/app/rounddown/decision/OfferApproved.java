package app.rounddown.decision;

/** An offer has both its approvals and may go to the candidate; fired inside the second approval's transaction. */
public record OfferApproved(long applicationId) {
}
