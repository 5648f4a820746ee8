package app.rounddown.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.decision.TeamQuota.HireImpact;
import app.rounddown.decision.TeamQuota.Member;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamQuotaTest {

    private static final LocalDate Q2 = LocalDate.of(2025, 4, 1);
    private static final BigDecimal QUOTA = new BigDecimal("250000");

    private static Member startedOn(LocalDate start) {
        return new Member(start, QUOTA);
    }

    private static final Member RAMPED = startedOn(LocalDate.of(2024, 6, 1));

    @Test
    void threeRampedAndOneRampingMemberGive875000() {
        Member ramping = startedOn(LocalDate.of(2025, 2, 15));
        assertEquals(new BigDecimal("875000.00"), TeamQuota.forQuarter(Q2, List.of(RAMPED, RAMPED, RAMPED, ramping)));
    }

    @Test
    void aHireStartingDuringTheQuarterAddsHalfTheirQuota() {
        HireImpact impact = TeamQuota.withHire(Q2, List.of(RAMPED, RAMPED, RAMPED),
                startedOn(LocalDate.of(2025, 5, 12)));
        assertEquals(new BigDecimal("750000.00"), impact.before());
        assertEquals(new BigDecimal("875000.00"), impact.after());
        assertEquals(new BigDecimal("125000.00"), impact.added());
    }

    @Test
    void aHireStartingAfterTheQuarterAddsNothingToIt() {
        HireImpact impact = TeamQuota.withHire(Q2, List.of(RAMPED), startedOn(LocalDate.of(2025, 7, 1)));
        assertEquals(new BigDecimal("0.00"), impact.added());
    }

    @Test
    void aMemberWhoStartedExactlyThreeMonthsBeforeTheQuarterCountsInFull() {
        Member member = startedOn(LocalDate.of(2025, 1, 1));
        assertFalse(TeamQuota.rampingAt(Q2, member));
        assertEquals(new BigDecimal("250000.00"), TeamQuota.countedQuota(Q2, member));
    }

    @Test
    void aMemberWhoStartedThreeMonthsMinusADayBeforeTheQuarterCountsHalf() {
        Member member = startedOn(LocalDate.of(2025, 1, 2));
        assertTrue(TeamQuota.rampingAt(Q2, member));
        assertEquals(new BigDecimal("125000.00"), TeamQuota.countedQuota(Q2, member));
    }

    @Test
    void aMemberStartingOnTheQuartersFirstDayCountsHalf() {
        assertEquals(new BigDecimal("125000.00"), TeamQuota.countedQuota(Q2, startedOn(Q2)));
    }

    @Test
    void anEmptyTeamHasNoQuota() {
        assertEquals(new BigDecimal("0.00"), TeamQuota.forQuarter(Q2, List.of()));
    }

    @Test
    void quarterStartOfGivesTheFirstDayOfTheCalendarQuarter() {
        assertEquals(LocalDate.of(2025, 1, 1), TeamQuota.quarterStartOf(LocalDate.of(2025, 1, 1)));
        assertEquals(LocalDate.of(2025, 1, 1), TeamQuota.quarterStartOf(LocalDate.of(2025, 3, 31)));
        assertEquals(LocalDate.of(2025, 4, 1), TeamQuota.quarterStartOf(LocalDate.of(2025, 4, 1)));
        assertEquals(LocalDate.of(2025, 7, 1), TeamQuota.quarterStartOf(LocalDate.of(2025, 8, 15)));
        assertEquals(LocalDate.of(2025, 10, 1), TeamQuota.quarterStartOf(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aDayThatIsNotAQuarterStartIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TeamQuota.forQuarter(LocalDate.of(2025, 4, 2), List.of(RAMPED)));
        assertEquals("A quarter starts on Jan 1, Apr 1, Jul 1 or Oct 1, got 2025-04-02.", e.getMessage());
    }

    @Test
    void aNegativeMemberQuotaIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Member(Q2, new BigDecimal("-1")));
    }
}
