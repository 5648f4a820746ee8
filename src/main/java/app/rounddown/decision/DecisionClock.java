package app.rounddown.decision;

import java.time.Duration;
import java.time.Instant;

/** The 48 hours a hiring manager has to decide, counted from the end of the SuperDay. */
public record DecisionClock(Instant superDayEnded, Instant now) {
    public static final Duration ALLOWED = Duration.ofHours(48);

    public Instant dueAt() {
        return superDayEnded.plus(ALLOWED);
    }

    public boolean started() {
        return !now.isBefore(superDayEnded);
    }

    public boolean overdue() {
        return now.isAfter(dueAt());
    }

    /** "due in 31 h", "overdue by 5 h", "overdue by 12 days", or "starts when the SuperDay ends". */
    public String describe() {
        if (!started()) {
            return "the 48-hour decision clock starts when the SuperDay ends";
        }
        Duration left = Duration.between(now, dueAt());
        if (left.isNegative()) {
            return "decision overdue by " + hours(left.negated());
        }
        return "decision due in " + hours(left);
    }

    /** Hours while they count; past two days a person thinks in days ("897 h" would have to be worked out). */
    private static String hours(Duration duration) {
        long hours = duration.toHours();
        if (hours >= 48) {
            return duration.toDays() + " days";
        }
        return hours >= 1 ? hours + " h" : Math.max(1, duration.toMinutes()) + " min";
    }
}
