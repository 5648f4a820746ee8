package app.rounddown.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.superday.SuperDay;
import app.rounddown.support.CalendarFiles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

class IcsTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    // 1 November 2026: clocks in New York go back an hour at 02:00.
    private static final Instant KICK_OFF = ZonedDateTime.of(2026, 11, 1, 9, 0, 0, 0, NEW_YORK).toInstant();

    private static Calendar parse(String text) throws Exception {
        return CalendarFiles.strictlyRead(text);
    }

    private static String dayOfDemo(ZoneId zone) {
        return Ics.calendar(zone, List.of(new Ics.Event("b1@rounddown", "SuperDay: kick-off", "With Hannah",
                        KICK_OFF, KICK_OFF.plusSeconds(15 * 60))),
                List.of(new Ics.Hold("h1@rounddown", "SuperDay (hold)", LocalDate.of(2026, 11, 1))),
                Instant.parse("2026-10-20T10:00:00Z"), 3);
    }

    @Test
    void the_calendar_parses_and_validates_with_its_time_zone() throws Exception {
        Calendar calendar = parse(dayOfDemo(NEW_YORK));
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertEquals(1, zones.size());
        assertEquals("America/New_York", zones.get(0).getTimeZoneId().getValue());
        assertEquals(2, calendar.<VEvent>getComponents("VEVENT").size());
    }

    @Test
    void a_block_on_the_day_clocks_change_reads_back_as_the_same_instant() throws Exception {
        Calendar calendar = parse(dayOfDemo(NEW_YORK));
        VEvent kickOff = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("b1@rounddown")).findFirst().orElseThrow();
        DtStart<?> start = kickOff.<java.time.temporal.Temporal>getStartDate().orElseThrow();
        assertEquals("America/New_York", start.getParameter("TZID").orElseThrow().getValue());
        assertEquals("20261101T090000", start.getValue());
        assertEquals(KICK_OFF, ZonedDateTime.from(start.getDate()).toInstant());
    }

    @Test
    void a_participant_in_london_gets_the_same_instant_in_london_time() throws Exception {
        Calendar calendar = parse(dayOfDemo(ZoneId.of("Europe/London")));
        VEvent kickOff = calendar.<VEvent>getComponents("VEVENT").get(0);
        DtStart<?> start = kickOff.<java.time.temporal.Temporal>getStartDate().orElseThrow();
        // 09:00 in New York on 1 November is 14:00 in London: London changed a week earlier.
        assertEquals("20261101T140000", start.getValue());
        assertEquals(KICK_OFF, ZonedDateTime.from(start.getDate()).toInstant());
    }

    @Test
    void the_all_day_hold_is_marked_free() throws Exception {
        Calendar calendar = parse(dayOfDemo(NEW_YORK));
        VEvent hold = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("h1@rounddown")).findFirst().orElseThrow();
        assertEquals("TRANSPARENT", hold.<Property>getProperty("TRANSP").orElseThrow().getValue());
        assertEquals("20261101", hold.<java.time.temporal.Temporal>getStartDate().orElseThrow().getValue());
        assertTrue(hold.<java.time.temporal.Temporal>getStartDate().orElseThrow().getParameter("VALUE").isPresent());
    }

    @Test
    void aLongDescriptionIsFoldedAndEveryEventHasOneStampAndOneUid() throws Exception {
        String longText = "With Hannah, Marcus, Simon and Paolo; bring the account plan, the deck and your questions. ".repeat(4).strip();
        String text = Ics.calendar(NEW_YORK, List.of(new Ics.Event("b2@rounddown", "SuperDay: kick-off", longText,
                KICK_OFF, KICK_OFF.plusSeconds(900))), List.of(), Instant.parse("2026-10-20T10:00:00Z"), 1);
        VEvent event = CalendarFiles.strictlyRead(text).<VEvent>getComponents("VEVENT").get(0);
        assertEquals(longText, event.getDescription().getValue(), "unfolded, the text is whole again");
        assertEquals(1, text.lines().filter(line -> line.startsWith("DTSTAMP")).count());
    }

    private static String interviewRequest(Ics.Method method, int sequence) {
        return Ics.request(method, NEW_YORK, new Ics.Event("interview-7@rounddown", "Technical interview: Jane Doe",
                        "Your technical interview with Jane Doe", KICK_OFF, KICK_OFF.plusSeconds(3600)),
                new Ics.Person("Acme Hiring", "hiring@acme.example"), new Ics.Person("Hannah Hiring", "hannah@acme.example"),
                Instant.parse("2026-10-20T10:00:00Z"), sequence);
    }

    @Test
    void a_mailed_interview_request_names_its_method_organizer_and_attendee_and_validates_strictly() throws Exception {
        Calendar calendar = parse(interviewRequest(Ics.Method.REQUEST, 0));
        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertEquals("mailto:hiring@acme.example", event.getProperty(Property.ORGANIZER).orElseThrow().getValue());
        assertEquals("mailto:hannah@acme.example", event.getProperty(Property.ATTENDEE).orElseThrow().getValue());
        assertEquals("0", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("interview-7@rounddown", event.getUid().orElseThrow().getValue());
    }

    @Test
    void a_cancellation_keeps_the_uid_and_marks_the_event_cancelled() throws Exception {
        Calendar calendar = parse(interviewRequest(Ics.Method.CANCEL, 2));
        assertEquals("CANCEL", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertEquals("CANCELLED", event.getProperty(Property.STATUS).orElseThrow().getValue());
        assertEquals("2", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }
}
