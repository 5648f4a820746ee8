package app.rounddown.superday;

/** A SuperDay was cancelled, by the company or at the candidate's request; fired inside that transaction. */
public record SuperDayCancelled(long superDayId, long applicationId, boolean byCompany, String reason) {
}
