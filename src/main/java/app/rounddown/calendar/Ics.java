package app.rounddown.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Calendar files (RFC 5545), such as a SuperDay's: timed events in the reader's own zone, with its VTIMEZONE,
 * and an all-day hold per session day that is marked free, so it blocks nobody's calendar.
 */
public final class Ics {
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private Ics() {
    }

    public record Event(String uid, String summary, String description, Instant start, Instant end) {
    }

    public record Hold(String uid, String summary, LocalDate day) {
    }

    /** Someone in a calendar request: the organizer, or the person invited. */
    public record Person(String name, String email) {
    }

    /** What a mailed calendar file asks of the reader's calendar (RFC 5546): add or update the event, or remove it. */
    public enum Method {
        REQUEST, CANCEL
    }

    /**
     * A calendar request for one event, to be mailed to one attendee (RFC 5546 iTIP): METHOD, ORGANIZER and ATTENDEE,
     * so mail programs offer to accept it. The same UID with a higher {@code sequence} updates or cancels it.
     */
    public static String request(Method method, ZoneId zone, Event event, Person organizer, Person attendee,
                                 Instant stamp, int sequence) {
        return calendar("-//Rounddown//Interviews//EN", method, zone, List.of(event), organizer, attendee, stamp, sequence);
    }

    /**
     * A calendar request with several events for one attendee, such as a participant's blocks of a SuperDay: each
     * event keeps its own UID, so a later request or cancellation with a higher {@code sequence} replaces it alone.
     */
    public static String requests(Method method, ZoneId zone, List<Event> events, Person organizer, Person attendee,
                                  Instant stamp, int sequence) {
        return calendar("-//Rounddown//SuperDay//EN", method, zone, events, organizer, attendee, stamp, sequence);
    }

    private static String calendar(String productId, Method method, ZoneId zone, List<Event> events, Person organizer,
                                   Person attendee, Instant stamp, int sequence) {
        Calendar calendar = new Calendar()
                .add(new ProdId(productId))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(method == Method.CANCEL ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        net.fortuna.ical4j.model.TimeZone timeZone = ZONES.getTimeZone(zone.getId());
        if (timeZone != null) {
            calendar.add(timeZone.getVTimeZone());
        }
        ZoneId written = timeZone != null ? zone : java.time.ZoneOffset.UTC;
        for (Event event : events) {
            VEvent vevent = new VEvent(event.start().atZone(written), event.end().atZone(written), event.summary())
                    .add(new Uid(event.uid()))
                    .replace(new DtStamp(stamp))
                    .add(new Sequence(sequence))
                    .add(new Description(event.description()))
                    .add(new Organizer(mailto(organizer)).add(new Cn(organizer.name())))
                    .add(new Attendee(mailto(attendee)).add(new Cn(attendee.name())).add(Role.REQ_PARTICIPANT)
                            .add(PartStat.NEEDS_ACTION).add(Rsvp.TRUE));
            calendar.add(method == Method.CANCEL ? vevent.add(ImmutableStatus.VEVENT_CANCELLED) : vevent);
        }
        return folded(calendar);
    }

    private static URI mailto(Person person) {
        return URI.create("mailto:" + person.email().strip());
    }

    /** {@code sequence} grows with every change of the agenda, so calendars replace the events they imported. */
    public static String calendar(ZoneId zone, List<Event> events, List<Hold> holds, Instant stamp, int sequence) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Rounddown//SuperDay//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        net.fortuna.ical4j.model.TimeZone timeZone = ZONES.getTimeZone(zone.getId());
        if (timeZone != null) {
            calendar.add(timeZone.getVTimeZone());
        }
        ZoneId written = timeZone != null ? zone : java.time.ZoneOffset.UTC;
        for (Event event : events) {
            VEvent vevent = new VEvent(event.start().atZone(written), event.end().atZone(written), event.summary())
                    .add(new Uid(event.uid()))
                    .replace(new DtStamp(stamp))
                    .add(new Sequence(sequence))
                    .add(new Description(event.description()));
            calendar.add(vevent);
        }
        for (Hold hold : holds) {
            VEvent vevent = new VEvent(hold.day(), hold.day().plusDays(1), hold.summary())
                    .add(new Uid(hold.uid()))
                    .replace(new DtStamp(stamp))
                    .add(new Sequence(sequence))
                    .add(new Transp(Transp.VALUE_TRANSPARENT));
            calendar.add(vevent);
        }
        return folded(calendar);
    }

    /** RFC 5545 text: lines longer than 75 octets are folded, as the standard asks and strict readers expect. */
    private static String folded(Calendar calendar) {
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
