package app.rounddown.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.TemplateExtension;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/** How instants read on pages: in the signed-in person's own time zone, the company's for anyone else. */
@TemplateExtension
public final class Times {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

    private Times() {
    }

    public static String format(Instant instant) {
        return instant == null ? "" : FORMAT.withZone(viewerZone()).format(instant);
    }

    /** For {@code <time datetime>}: whole seconds, since HTML allows at most three digits of a fraction. */
    public static String iso(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /** The instant as it reads in a named zone, such as the candidate's: "Tue 24 Nov, 09:00". */
    public static String in(Instant instant, String zone) {
        return instant == null ? "" : DAY_AND_CLOCK.withZone(zoneOr(zone)).format(instant);
    }

    /** Just the clock time in a named zone, for a participant's own time next to their name. */
    public static String clockIn(Instant instant, String zone) {
        return instant == null ? "" : CLOCK.withZone(zoneOr(zone)).format(instant);
    }

    private static ZoneId zoneOr(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException | NullPointerException unknown) {
            return ZoneOffset.UTC;
        }
    }

    /** Whole days since, as a person says it: "today", "1 day", "12 days". */
    public static String daysSince(Instant instant) {
        return daysSince(instant, Instant.now());
    }

    static String daysSince(Instant instant, Instant now) {
        // Whole seconds between, as Duration.between(...).toDays() counts them, without it: the board asks for every card,
        // and Duration.between took more of the page's time than writing the card.
        long days = (now.getEpochSecond() - instant.getEpochSecond() - (now.getNano() < instant.getNano() ? 1 : 0))
                / 86_400;
        return days <= 0 ? "today" : days == 1 ? "1 day" : days + " days";
    }

    static ZoneId viewerZone() {
        ManagedContext requests = Arc.container().requestContext();
        Optional<ZoneId> own = requests.isActive() ? Arc.container().instance(Viewer.class).get().zone() : Optional.empty();
        return own.orElseGet(() -> Arc.container().instance(CompanyDefaults.class).get().zone());
    }
}
