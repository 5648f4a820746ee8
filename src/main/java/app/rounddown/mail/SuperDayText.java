package app.rounddown.mail;

import app.rounddown.calendar.Ics;
import app.rounddown.candidate.Candidate;
import app.rounddown.letters.CandidateTemplate;
import app.rounddown.superday.Block;
import app.rounddown.superday.SuperDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How SuperDay messages write days, times and people: in the reader's own zone, which the message names. */
final class SuperDayText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private SuperDayText() {
    }

    /** The day's date in this zone; a day split over two dates names both. */
    static String dates(List<Instant> starts, ZoneId zone) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        starts.stream().sorted().forEach(start -> dates.add(start.atZone(zone).toLocalDate()));
        return String.join(" and ", dates.stream().map(DATE::format).toList());
    }

    static String shortDate(Instant start, ZoneId zone) {
        return SHORT_DATE.format(start.atZone(zone));
    }

    /** "09:00–09:15", with the date in front when the blocks fall on more than one date in this zone. */
    static CandidateTemplate.AgendaLine line(Block block, ZoneId zone, boolean severalDates, String title) {
        return line(block.startsAt, block.endsAt(), zone, severalDates, title);
    }

    static CandidateTemplate.AgendaLine line(Instant start, Instant end, ZoneId zone, boolean severalDates, String title) {
        String time = CLOCK.format(start.atZone(zone)) + "\u2013" + CLOCK.format(end.atZone(zone));
        return new CandidateTemplate.AgendaLine(severalDates ? SHORT_DATE.format(start.atZone(zone)) + ", " + time : time,
                title);
    }

    static boolean severalDates(List<Instant> starts, ZoneId zone) {
        return starts.stream().map(s -> s.atZone(zone).toLocalDate()).distinct().count() > 1;
    }

    static String firstName(Candidate candidate) {
        String name = candidate.name.strip();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    static boolean hasAddress(Candidate candidate) {
        return candidate.email != null && !candidate.email.isBlank();
    }

    /** Whom the candidate asks: the SuperDay's contact, or the company's own address when it names nobody. */
    static Ics.Person contact(SuperDay day, MailSettings settings) {
        return day.contact != null ? new Ics.Person(day.contact.name, day.contact.email)
                : new Ics.Person(settings.companyName(), settings.from());
    }

    static Ics.Person organizer(MailSettings settings) {
        return new Ics.Person(settings.companyName(), settings.from());
    }
}
