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

    /** "31 h left", "overdue by 5 h", or "starts when the SuperDay ends". */
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

    private static String hours(Duration duration) {
        long hours = duration.toHours();
        return hours >= 1 ? hours + " h" : Math.max(1, duration.toMinutes()) + " min";
    }
}
