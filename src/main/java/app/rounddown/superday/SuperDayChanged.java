package app.rounddown.superday;

/** A SuperDay's agenda or set-up changed; fired inside that transaction. */
public record SuperDayChanged(long superDayId, long applicationId) {
}
