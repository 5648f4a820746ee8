package app.rounddown.superday;

import app.rounddown.calendar.Ics;
import app.rounddown.people.User;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The calendar files of one SuperDay: the candidate's whole agenda, and each participant's own blocks. */
public final class Calendars {
    private Calendars() {
    }

    public static String forCandidate(SuperDay day, Instant now) {
        String who = day.application.candidate.name;
        List<Ics.Event> events = day.blocks.stream().map(b -> event(day, b, b.kind.label(),
                "Your SuperDay for " + day.application.opening.title + ". With: " + names(b))).toList();
        return Ics.calendar(day.zone(), events, holds(day, "Your SuperDay (hold for the day)"), now, day.version);
    }

    public static String forParticipant(SuperDay day, User person, Instant now) {
        String who = day.application.candidate.name;
        List<Ics.Event> events = day.blocks.stream().filter(b -> b.involves(person)).map(b -> event(day, b,
                b.kind.label() + ": " + who, "SuperDay of " + who + " for " + day.application.opening.title
                        + ". With: " + names(b))).toList();
        return Ics.calendar(person.zone(), events, holds(day, "SuperDay: " + who + " (hold)"), now, day.version);
    }

    private static Ics.Event event(SuperDay day, Block block, String summary, String description) {
        // The agenda's rows are replaced on every save, so the UID follows the block's place in the day, not its row.
        return new Ics.Event("superday-" + day.id + "-block-" + block.position + "@rounddown", "SuperDay \u2013 " + summary,
                description, block.startsAt, block.endsAt());
    }

    /** One all-day hold per session day in the candidate's zone, marked free so it blocks no one. */
    private static List<Ics.Hold> holds(SuperDay day, String summary) {
        ZoneId zone = day.zone();
        Set<LocalDate> days = new LinkedHashSet<>();
        day.blocks.forEach(b -> days.add(b.startsAt.atZone(zone).toLocalDate()));
        List<Ics.Hold> holds = new ArrayList<>();
        days.forEach(d -> holds.add(new Ics.Hold("superday-" + day.id + "-hold-" + d + "@rounddown", summary, d)));
        return holds;
    }

    private static String names(Block block) {
        return block.participants.isEmpty() ? "no one (focus time)"
                : String.join(", ", block.participants.stream().map(p -> p.name).toList());
    }
}
