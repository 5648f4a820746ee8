package app.rounddown.superday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Agenda.Person CANDIDATE = new Agenda.Person("Candidate", NEW_YORK);
    private static final Agenda.Person JAMES = new Agenda.Person("James", NEW_YORK);
    private static final Agenda.Person CHARLES = new Agenda.Person("Charles", NEW_YORK);
    private static final Agenda.Person SIMON = new Agenda.Person("Simon", LONDON);

    private static List<Agenda.Block> day(LocalDate date) {
        return Agenda.template(date, NEW_YORK, JAMES, List.of(CHARLES, JAMES), List.of(JAMES));
    }

    @Test
    void theTemplateDayIsEightHoursWithAtLeastEightyPercentOnTheTask() {
        List<Agenda.Block> blocks = day(LocalDate.of(2026, 11, 24));
        assertEquals(Duration.ofHours(8), Agenda.scheduled(blocks));
        assertEquals(95, Agenda.meetings(blocks).toMinutes());
        assertEquals(19, Agenda.meetingPercent(blocks));
        assertEquals(List.of(), Agenda.warnings(blocks, CANDIDATE, List.of()));
    }

    @Test
    void meetingsAboveAFifthOfTheDayAreWarnedAbout() {
        List<Agenda.Block> blocks = new ArrayList<>(day(LocalDate.of(2026, 11, 24)));
        Agenda.Block chats = blocks.remove(blocks.size() - 1);
        blocks.add(new Agenda.Block(chats.kind(), chats.start(), Duration.ofMinutes(60), chats.participants()));
        List<String> warnings = Agenda.warnings(blocks, CANDIDATE, List.of());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("Meetings take 135 of 520 minutes (25%)"), warnings.get(0));
    }

    @Test
    void theDayStartsAtNineInTheCandidatesZoneOnTheDayClocksChange() {
        // New York moves to summer time at 02:00 on 8 March 2026; London only on 29 March.
        List<Agenda.Block> blocks = day(LocalDate.of(2026, 3, 8));
        assertEquals(Instant.parse("2026-03-08T13:00:00Z"), blocks.get(0).start());
        List<Agenda.Block> dayBefore = day(LocalDate.of(2026, 3, 7));
        assertEquals(Instant.parse("2026-03-07T14:00:00Z"), dayBefore.get(0).start());
    }

    @Test
    void aBlockOutsideWorkingHoursIsNamedForWhoeverItIsLateFor() {
        LocalDate date = LocalDate.of(2026, 3, 8);
        Agenda.Block demo = new Agenda.Block(BlockKind.DEMO_ROLE_PLAY, date.atTime(14, 30).atZone(NEW_YORK).toInstant(),
                Duration.ofMinutes(40), List.of(SIMON));
        // 14:30 in New York (already on summer time) is 18:30 in London (not yet): late for Simon only.
        List<String> warnings = Agenda.warnings(List.of(demo), CANDIDATE, List.of());
        assertTrue(warnings.contains("Demo role-play runs 18:30\u201319:10 in Europe/London for Simon, outside "
                + "08:00\u201318:00."), warnings.toString());
        assertTrue(warnings.stream().noneMatch(w -> w.contains("for the candidate")), warnings.toString());
    }

    @Test
    void aParticipantBookedElsewhereIsWarnedAbout() {
        List<Agenda.Block> blocks = day(LocalDate.of(2026, 11, 24));
        Instant kickOff = blocks.get(0).start();
        List<String> warnings = Agenda.warnings(blocks, CANDIDATE, List.of(new Agenda.Booking("James",
                kickOff.plusSeconds(600), kickOff.plusSeconds(3000), "a technical interview with Dana")));
        assertTrue(warnings.contains("James is double-booked: Kick-off overlaps a technical interview with Dana."),
                warnings.toString());
        assertTrue(warnings.contains("James is double-booked: Meeting with the hiring manager overlaps a technical "
                + "interview with Dana."), warnings.toString());
    }

    @Test
    void whenEveryoneSharesTheCandidatesHoursTheLayoutIsTheUsualDay() {
        LocalDate date = LocalDate.of(2026, 11, 24);
        Agenda.Layout layout = Agenda.layout(date, NEW_YORK, JAMES, List.of(CHARLES, JAMES), List.of(JAMES));
        assertTrue(layout.withinHours());
        assertEquals(day(date), layout.blocks());
    }

    /**
     * Seed: "there is a degree of flexibility due to time zone differences". A London candidate's demo role-play at
     * 12:40 would be 07:40 for a New York panel: it moves to 13:10 (08:10 in New York), the least change that fits,
     * and the day still gives the task its 385 minutes.
     */
    @Test
    void theDemoRolePlayMovesLaterForAPanelFiveHoursBehind() {
        LocalDate date = LocalDate.of(2027, 1, 12);
        Agenda.Person hannah = new Agenda.Person("Hannah", LONDON);
        Agenda.Layout layout = Agenda.layout(date, LONDON, hannah, List.of(JAMES), List.of(hannah));
        assertTrue(layout.withinHours());
        assertEquals(Instant.parse("2027-01-12T09:00:00Z"), layout.blocks().get(0).start());
        Agenda.Block demo = layout.blocks().get(3);
        assertEquals(BlockKind.DEMO_ROLE_PLAY, demo.kind());
        assertEquals(Instant.parse("2027-01-12T13:10:00Z"), demo.start());
        assertEquals(Duration.ofHours(8), Agenda.scheduled(layout.blocks()));
        assertEquals(List.of(), Agenda.warnings(layout.blocks(), new Agenda.Person("the candidate", LONDON), List.of()));
    }

    @Test
    void whenNoLayoutKeepsEveryoneWithinHoursItSaysSoAndKeepsTheUsualDay() {
        // Team chats at 16:40-17:00 in New York are 22:40 in London; the latest London allows is 17:40-18:00 there,
        // that is 12:40 in New York: no start from 08:00 to 10:00 gets there, so it is said and the usual day is kept.
        LocalDate date = LocalDate.of(2027, 1, 12);
        Agenda.Layout layout = Agenda.layout(date, NEW_YORK, JAMES, List.of(), List.of(SIMON));
        assertTrue(!layout.withinHours());
        assertEquals(day(date).get(0).start(), layout.blocks().get(0).start());
    }

    @Test
    void daysInTheFirstHalfOfAMonthArePaidByTheFifteenthAndLaterOnesByMonthEnd() {
        assertEquals(LocalDate.of(2026, 11, 15), PaymentBatch.dueBy(LocalDate.of(2026, 11, 1)));
        assertEquals(LocalDate.of(2026, 11, 15), PaymentBatch.dueBy(LocalDate.of(2026, 11, 15)));
        assertEquals(LocalDate.of(2026, 11, 30), PaymentBatch.dueBy(LocalDate.of(2026, 11, 16)));
        assertEquals(LocalDate.of(2028, 2, 29), PaymentBatch.dueBy(LocalDate.of(2028, 2, 20)));
    }
}
