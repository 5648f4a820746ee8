package app.rounddown.audit;

import app.rounddown.web.Times;
import io.quarkus.qute.TemplateExtension;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How a recorded change reads to a person: "Reapply after", "Small team → SuperDay", "3 Dec 2026", "none",
 * instead of the stored field names and values ({@code reapplyAfter}, {@code SMALL_TEAM}, an ISO instant, null).
 */
@TemplateExtension(namespace = "audit")
public final class ChangeText {
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** Words the generic rule would spell wrongly. */
    private static final Map<String, String> WORDS = Map.of("Superday", "SuperDay", "Superdays", "SuperDays",
            "Url", "URL", "Id", "ID", "Linkedin", "LinkedIn", "Ics", "ICS", "Cv", "CV", "Ote", "OTE");

    private ChangeText() {
    }

    /** A kind of record as the audit page's filter names it: superday → "SuperDays". */
    public static String kind(String entityType) {
        return RecordKinds.ALL.getOrDefault(entityType, entityType);
    }

    /** A field name as words: reapplyAfter → "Reapply after", superday_fee → "SuperDay fee". */
    public static String field(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String spaced = name.replace('_', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).strip();
        return words(Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1));
    }

    /** A stored value as a person reads it: a label for a constant, a date in the reader's zone, "none" for nothing. */
    public static String value(String stored) {
        return value(stored, Times::format);
    }

    /** The same, with instants written by {@code instantText} (the page's: in the reader's zone). */
    static String value(String stored, Function<Instant, String> instantText) {
        if (stored == null || stored.isBlank() || stored.equals("null")) {
            return "none";
        }
        String text = stored.strip();
        try {
            if (INSTANT.matcher(text).matches()) {
                return instantText.apply(Instant.parse(text));
            }
            if (DATE.matcher(text).matches()) {
                return DAY.format(LocalDate.parse(text));
            }
        } catch (DateTimeException notADate) {
            return text;
        }
        if (text.equals("true") || text.equals("false")) {
            return text.equals("true") ? "yes" : "no";
        }
        return CONSTANT.matcher(text).matches() && text.length() > 1 ? field(text.toLowerCase(Locale.ROOT)) : text;
    }

    private static String words(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(WORDS.getOrDefault(capitalised(word), word));
        }
        return out.toString();
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
