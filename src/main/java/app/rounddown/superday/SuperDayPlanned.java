package app.rounddown.superday;

/** A SuperDay was scheduled; fired inside the scheduling transaction. */
public record SuperDayPlanned(long superDayId, long applicationId) {
}
