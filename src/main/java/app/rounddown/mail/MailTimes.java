package app.rounddown.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as messages write them, in the reader's zone: one set of formats for every message. */
final class MailTimes {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private MailTimes() {
    }

    /** "Tuesday 24 November 2026, 14:00". */
    static String at(ZoneId zone, Instant instant) {
        return DAY.withZone(zone).format(instant);
    }

    /** "Tue 24 Nov, 14:00". */
    static String shortAt(ZoneId zone, Instant instant) {
        return SHORT_DAY.withZone(zone).format(instant);
    }

    /** "Tuesday 24 November 2026, 14:00–14:45". */
    static String range(ZoneId zone, Instant start, Instant end) {
        return at(zone, start) + "\u2013" + CLOCK.withZone(zone).format(end);
    }
}
