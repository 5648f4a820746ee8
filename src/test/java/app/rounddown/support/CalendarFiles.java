package app.rounddown.support;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Reads a calendar file the way a strict reader does (RFC 5545): lines folded at 75 octets, parsed without
 * relaxed parsing, ical4j's validation clean, and exactly one DTSTAMP and one UID in every event.
 */
public final class CalendarFiles {
    private static final int MAX_OCTETS = 75;

    private CalendarFiles() {
    }

    public static Calendar strictlyRead(String text) throws Exception {
        List<String> problems = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            if (line.getBytes(StandardCharsets.UTF_8).length > MAX_OCTETS) {
                problems.add("line longer than 75 octets, not folded: " + line);
            }
        }
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        ValidationResult validation = calendar.validate();
        if (validation.hasErrors()) {
            problems.add("invalid: " + validation);
        }
        for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
            for (String property : List.of("DTSTAMP", "UID")) {
                int count = event.getProperties(property).size();
                if (count != 1) {
                    problems.add(property + " appears " + count + " times in " + " an event");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("The calendar file breaks RFC 5545:\n" + String.join("\n", problems) + "\n" + text);
        }
        return calendar;
    }
}
