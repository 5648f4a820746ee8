package app.rounddown.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.letters.CandidateTemplate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The blind pass, the 48-hour clock and the rejection draft, without a server. */
class DecisionRulesTest {
    private static final Instant ENDED = Instant.parse("2026-11-24T17:00:00Z");

    @Test
    void blindLabelsRunFromAToZAndOnToAa() {
        assertEquals("Candidate A", Blind.label(0));
        assertEquals("Candidate Z", Blind.label(25));
        assertEquals("Candidate AA", Blind.label(26));
    }

    @Test
    void theBlindOrderIsStableForOneViewerAndNotTheSameForEveryViewer() {
        List<Long> ids = LongStream.rangeClosed(1, 12).boxed().toList();
        assertEquals(Blind.order(7, ids), Blind.order(7, ids));
        assertNotEquals(Blind.order(7, ids), Blind.order(8, ids));
        assertNotEquals(ids, Blind.order(7, ids));
    }

    @Test
    void blindTextLosesTheNameItsPartsAndTheEmail() {
        String text = "Jane Doe did well; Jane's demo was clear. Mail jane.doe@example.com. DOE agreed.";
        String scrubbed = Blind.scrub(text, "Jane Doe", "jane.doe@example.com", "Candidate B");
        assertFalse(scrubbed.toLowerCase().contains("jane"), scrubbed);
        assertFalse(scrubbed.toLowerCase().contains("doe"), scrubbed);
        assertTrue(scrubbed.startsWith("Candidate B did well"));
    }

    @Test
    void theClockGivesFortyEightHoursFromTheEndOfTheDay() {
        assertFalse(new DecisionClock(ENDED, ENDED.minusSeconds(60)).started());
        DecisionClock dayAfter = new DecisionClock(ENDED, ENDED.plus(Duration.ofHours(17)));
        assertEquals("decision due in 31 h", dayAfter.describe());
        assertFalse(dayAfter.overdue());
        DecisionClock late = new DecisionClock(ENDED, ENDED.plus(Duration.ofHours(53)));
        assertTrue(late.overdue());
        assertEquals("decision overdue by 5 h", late.describe());
        assertEquals(Instant.parse("2026-11-26T17:00:00Z"), late.dueAt());
    }

    @Test
    void aClockLongOverdueSaysDaysNotThousandsOfHours() {
        assertEquals("decision overdue by 47 h", new DecisionClock(ENDED, ENDED.plus(Duration.ofHours(95))).describe());
        assertEquals("decision overdue by 2 days", new DecisionClock(ENDED, ENDED.plus(Duration.ofHours(96))).describe());
        assertEquals("decision overdue by 897 days",
                new DecisionClock(ENDED, ENDED.plus(Duration.ofHours(48 + 21529))).describe());
    }

    @Test
    void theRejectionDraftSaysWhatWentWellWhatToImproveAndWhenToReapply() {
        Map<String, Object> values = RejectionLetter.values("Jane Doe", "Technical Account Executive",
                List.of("Demo role-play: calm and clear"),
                List.of("Prioritisation under too much work: spent the morning on the e-mail"), LocalDate.of(2027, 11, 24),
                "Hannah Hiring");
        assertEquals("Jane", values.get("firstName"));
        assertEquals(List.of("Demo role-play: calm and clear"), values.get("wentWell"));
        assertEquals(List.of("Prioritisation under too much work: spent the morning on the e-mail"), values.get("toImprove"));
        assertEquals("24 November 2027", values.get("reapplyAfter"));
        assertEquals(CandidateTemplate.REJECTION.placeholders().keySet(), union(values.keySet(), CandidateTemplate.COMPANY_NAME));
    }

    @Test
    void aDraftWithNothingToSayOnOneListSaysSomethingGeneral() {
        Map<String, Object> values = RejectionLetter.values("Jane", "TAE", List.of(), List.of(" "), LocalDate.of(2027, 1, 1), "H");
        assertEquals(List.of(RejectionLetter.NOTHING_WENT_WELL), values.get("wentWell"));
        assertEquals(List.of(RejectionLetter.NOTHING_TO_IMPROVE), values.get("toImprove"));
    }

    private static Set<String> union(Set<String> keys, String more) {
        Set<String> all = new java.util.HashSet<>(keys);
        all.add(more);
        return all;
    }

    @Test
    void aCriterionIsEitherWhatWentWellOrWhatToImproveNeverBoth() {
        RejectionPoints.Points points = RejectionPoints.from(List.of(
                java.util.Map.of("Demo role-play", 4, "Output of the day", 2),
                java.util.Map.of("Demo role-play", 3, "Output of the day", 3)));
        // Output of the day: 2 and 3 round down to 2, a no, so it is only on the list to improve.
        assertEquals(List.of("You did well on demo role-play."), points.wentWell());
        assertEquals(List.of("Output of the day: this is where you did not yet show us what the role needs."),
                points.toImprove());
    }

    @Test
    void theReapplyDateIsTwelveToEighteenMonthsOut() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertTrue(RejectionLetter.allowedReapplyDate(today, today.plusMonths(12)));
        assertTrue(RejectionLetter.allowedReapplyDate(today, today.plusMonths(18)));
        assertFalse(RejectionLetter.allowedReapplyDate(today, today.plusMonths(12).minusDays(1)));
        assertFalse(RejectionLetter.allowedReapplyDate(today, today.plusMonths(18).plusDays(1)));
    }
}
