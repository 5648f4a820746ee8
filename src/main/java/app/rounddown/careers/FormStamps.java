package app.rounddown.careers;

import app.rounddown.people.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * When the application form was shown, signed with the app's secret so a script cannot make one up: a form sent
 * back within seconds was not filled in by a person. Any instance can check a stamp another one made.
 */
@ApplicationScoped
public class FormStamps {
    static final Duration MINIMUM = Duration.ofSeconds(3);
    /** A form left open longer than this is shown again with a fresh stamp. */
    static final Duration MAXIMUM = Duration.ofDays(2);
    private static final String PURPOSE = "careers-form:";

    @Inject
    Secrets secrets;

    public String issue(Instant shownAt) {
        long millis = shownAt.toEpochMilli();
        return millis + "." + secrets.sign(PURPOSE + millis);
    }

    /** Whether a stamp is genuine and its form was on screen long enough, and not too long, before {@code now}. */
    public boolean fine(String stamp, Instant now) {
        int dot = stamp == null ? -1 : stamp.indexOf('.');
        if (dot < 1) {
            return false;
        }
        long millis;
        try {
            millis = Long.parseLong(stamp.substring(0, dot));
        } catch (NumberFormatException notAStamp) {
            return false;
        }
        if (!secrets.verify(PURPOSE + millis, stamp.substring(dot + 1))) {
            return false;
        }
        Duration shown = Duration.between(Instant.ofEpochMilli(millis), now);
        return shown.compareTo(MINIMUM) >= 0 && shown.compareTo(MAXIMUM) <= 0;
    }
}
