package app.rounddown.superday;

/**
 * A recruiter made a new candidate link for a SuperDay, and the old one stopped working; fired inside that
 * transaction. It carries no link: whoever needs it asks {@link PortalLinks}, so the secret is in no event or log.
 */
public record PortalLinkRenewed(long superDayId, long applicationId) {
}
