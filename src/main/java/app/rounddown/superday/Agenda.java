package app.rounddown.superday;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The arithmetic of a SuperDay's agenda, with no database and no clock: the template day, and the warnings
 * a recruiter sees before saving. Times are instants; zones only decide how they read and whether they fall
 * in someone's working hours, so daylight-saving changes come out right.
 */
public final class Agenda {
    /** At least 80% of a SuperDay goes to the task: meetings may take at most a fifth of it. */
    public static final int MAX_MEETING_PERCENT = 20;
    public static final LocalTime WORKDAY_START = LocalTime.of(8, 0);
    public static final LocalTime WORKDAY_END = LocalTime.of(18, 0);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Agenda() {
    }

    /** Someone taking part, and the zone their working hours are in. */
    public record Person(String name, ZoneId zone) {
    }

    public record Block(BlockKind kind, Instant start, Duration length, List<Person> participants) {
        public Instant end() {
            return start.plus(length);
        }

        boolean overlaps(Instant otherStart, Instant otherEnd) {
            return start.isBefore(otherEnd) && otherStart.isBefore(end());
        }
    }

    /** Another commitment of a participant (another SuperDay block or an interview). */
    public record Booking(String person, Instant start, Instant end, String what) {
    }

    /**
     * The usual day, from 09:00 in the candidate's zone: kick-off, the hiring manager, focus time, the demo
     * role-play mid-day, focus again, and short chats with the team; 95 of 480 minutes are meetings.
     */
    public static List<Block> template(LocalDate day, ZoneId candidateZone, Person hiringManager,
                                       List<Person> demoPanel, List<Person> team) {
        return usualDay(ZonedDateTime.of(day, LocalTime.of(9, 0), candidateZone), USUAL_FIRST_FOCUS, hiringManager,
                demoPanel, team);
    }

    /** The usual day laid out for the people in it, and whether it keeps everyone within working hours. */
    public record Layout(List<Block> blocks, boolean withinHours) {
    }

    /** The usual day's task time, split by the demo role-play. */
    private static final int FOCUS_MINUTES = 385;
    private static final int USUAL_FIRST_FOCUS = 185;
    /** The day may start up to an hour either side of 09:00, still ending by 18:00 for the candidate. */
    private static final int LATEST_SHIFT = 60;
    private static final int SHIFT_STEP = 15;
    /** Neither focus block is shorter than this, so the demo role-play stays mid-day. */
    private static final int SHORTEST_FOCUS = 65;

    /**
     * The usual day, moved so that the candidate and everyone taking part meet within 08:00-18:00 in their own zone
     * when it can be: the day starts up to an hour earlier or later, and the demo role-play comes earlier or later in
     * it, as little as will do. When nothing fits, the usual day from 09:00, and {@code withinHours} is false.
     */
    public static Layout layout(LocalDate day, ZoneId candidateZone, Person hiringManager, List<Person> demoPanel,
                                List<Person> team) {
        Person candidate = new Person("the candidate", candidateZone);
        List<Block> best = null;
        int bestCost = Integer.MAX_VALUE;
        for (int shift = -LATEST_SHIFT; shift <= LATEST_SHIFT; shift += SHIFT_STEP) {
            for (int focus = USUAL_FIRST_FOCUS % SHIFT_STEP; focus <= FOCUS_MINUTES; focus += SHIFT_STEP) {
                int cost = Math.abs(shift) + Math.abs(focus - USUAL_FIRST_FOCUS);
                if (focus < SHORTEST_FOCUS || FOCUS_MINUTES - focus < SHORTEST_FOCUS || cost >= bestCost) {
                    continue;
                }
                List<Block> blocks = usualDay(ZonedDateTime.of(day, LocalTime.of(9, 0), candidateZone).plusMinutes(shift),
                        focus, hiringManager, demoPanel, team);
                if (withinHours(blocks, candidate)) {
                    best = blocks;
                    bestCost = cost;
                }
            }
        }
        return best != null ? new Layout(best, true)
                : new Layout(template(day, candidateZone, hiringManager, demoPanel, team), false);
    }

    private static List<Block> usualDay(ZonedDateTime at, int firstFocus, Person hiringManager, List<Person> demoPanel,
                                        List<Person> team) {
        List<Block> blocks = new ArrayList<>();
        at = add(blocks, BlockKind.KICK_OFF, at, 15, List.of(hiringManager));
        at = add(blocks, BlockKind.HIRING_MANAGER, at, 20, List.of(hiringManager));
        at = add(blocks, BlockKind.FOCUS, at, firstFocus, List.of());
        at = add(blocks, BlockKind.DEMO_ROLE_PLAY, at, 40, demoPanel);
        at = add(blocks, BlockKind.FOCUS, at, FOCUS_MINUTES - firstFocus, List.of());
        add(blocks, BlockKind.TEAM_CHATS, at, 20, team);
        return blocks;
    }

    private static boolean withinHours(List<Block> blocks, Person candidate) {
        for (Block block : blocks) {
            if (outsideHours(block, candidate, "").isPresent()
                    || block.participants().stream().anyMatch(p -> outsideHours(block, p, "").isPresent())) {
                return false;
            }
        }
        return true;
    }

    private static ZonedDateTime add(List<Block> blocks, BlockKind kind, ZonedDateTime at, int minutes, List<Person> who) {
        blocks.add(new Block(kind, at.toInstant(), Duration.ofMinutes(minutes), List.copyOf(who)));
        return at.plusMinutes(minutes);
    }

    public static Duration scheduled(List<Block> blocks) {
        return blocks.stream().map(Block::length).reduce(Duration.ZERO, Duration::plus);
    }

    public static Duration meetings(List<Block> blocks) {
        return blocks.stream().filter(b -> b.kind().isMeeting()).map(Block::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** Whole percent of the scheduled time spent in meetings, rounded down. */
    public static int meetingPercent(List<Block> blocks) {
        long total = scheduled(blocks).toMinutes();
        return total == 0 ? 0 : (int) (meetings(blocks).toMinutes() * 100 / total);
    }

    /** What the recruiter should look at before saving, in words; empty when the agenda is fine. */
    public static List<String> warnings(List<Block> blocks, Person candidate, List<Booking> otherBookings) {
        List<String> warnings = new ArrayList<>();
        long total = scheduled(blocks).toMinutes();
        long meeting = meetings(blocks).toMinutes();
        if (total > 0 && meeting * 100 > MAX_MEETING_PERCENT * total) {
            warnings.add("Meetings take " + meeting + " of " + total + " minutes (" + meetingPercent(blocks)
                    + "%); keep them to " + MAX_MEETING_PERCENT + "% so at least 80% of the day goes to the task.");
        }
        for (Block block : blocks) {
            outsideHours(block, candidate, "the candidate").ifPresent(warnings::add);
            for (Person person : block.participants()) {
                outsideHours(block, person, person.name()).ifPresent(warnings::add);
                for (Booking booking : otherBookings) {
                    if (booking.person().equals(person.name()) && block.overlaps(booking.start(), booking.end())) {
                        warnings.add(person.name() + " is double-booked: " + block.kind().label() + " overlaps "
                                + booking.what() + ".");
                    }
                }
            }
        }
        return warnings;
    }

    private static java.util.Optional<String> outsideHours(Block block, Person person, String who) {
        ZonedDateTime start = block.start().atZone(person.zone());
        ZonedDateTime end = block.end().atZone(person.zone());
        boolean early = start.toLocalTime().isBefore(WORKDAY_START);
        boolean late = end.toLocalTime().isAfter(WORKDAY_END) || !end.toLocalDate().equals(start.toLocalDate());
        if (!early && !late) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(block.kind().label() + " runs " + CLOCK.format(start) + "\u2013" + CLOCK.format(end)
                + " in " + person.zone() + " for " + who + ", outside 08:00\u201318:00.");
    }
}
