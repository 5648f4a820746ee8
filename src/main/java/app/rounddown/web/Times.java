package app.rounddown.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How instants read on pages. Shown in UTC until people have their own time zone (sign-in). */
@TemplateExtension
public final class Times {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    public static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** Whole days since, as a person says it: "today", "1 day", "12 days". */
    public static String daysSince(Instant instant) {
        long days = Duration.between(instant, Instant.now()).toDays();
        return days <= 0 ? "today" : days == 1 ? "1 day" : days + " days";
    }
}
