package app.rounddown.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.decision.TeamQuota.FirstCount;
import app.rounddown.decision.TeamQuota.Member;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeamQuotaTest {

    private static final LocalDate Q2 = LocalDate.of(2025, 4, 1);
    private static final BigDecimal QUOTA = new BigDecimal("250000");

    private static Member startedOn(LocalDate start) {
        return new Member(start, QUOTA);
    }

    private static final Member RAMPED = startedOn(LocalDate.of(2024, 6, 1));

    /** "With a flat quota of $250,000 and 3 fully ramped people, and 1 ramping, the team quota would be $875,000". */
    @Test
    void threeRampedAndOneRampingMemberGive875000() {
        Member ramping = startedOn(LocalDate.of(2025, 2, 15));
        assertEquals(new BigDecimal("875000.00"), TeamQuota.forQuarter(Q2, List.of(RAMPED, RAMPED, RAMPED, ramping)));
    }

    /** "If someone joins the team, we don't change the team target, and don't count their contribution towards the existing target". */
    @Test
    void aHireStartingDuringTheQuarterLeavesThatQuartersTargetUnchanged() {
        Member hire = startedOn(LocalDate.of(2025, 5, 12));
        assertEquals(new BigDecimal("750000.00"), TeamQuota.forQuarter(Q2, List.of(RAMPED, RAMPED, RAMPED)));
        assertEquals(new BigDecimal("750000.00"), TeamQuota.forQuarter(Q2, List.of(RAMPED, RAMPED, RAMPED, hire)));
        assertEquals(new BigDecimal("0.00"), TeamQuota.countedQuota(Q2, hire));
    }

    /** "For team members who begin the quarter still in their first three months in the role we add 50%". */
    @Test
    void aMidQuarterJoinerFirstCountsInTheNextQuarterAtHalf() {
        // The example: a start a week into Q1 2027 first counts in Q2 2027, at 50%.
        FirstCount first = TeamQuota.firstCount(startedOn(LocalDate.of(2027, 1, 8)));
        assertEquals(LocalDate.of(2027, 4, 1), first.quarterStart());
        assertEquals(50, first.percent());
        assertEquals(new BigDecimal("125000.00"), first.counted());
        assertEquals("Q2 2027", TeamQuota.name(first.quarterStart()));
    }

    @Test
    void aHireStartingOnAQuartersFirstDayCountsInThatQuarterAtHalf() {
        FirstCount first = TeamQuota.firstCount(startedOn(Q2));
        assertEquals(Q2, first.quarterStart());
        assertEquals(50, first.percent());
    }

    @Test
    void aMidQuarterJoinerIsFullyRampedAQuarterAfterTheyFirstCount() {
        Member hire = startedOn(LocalDate.of(2027, 1, 8));
        assertEquals(new BigDecimal("250000.00"), TeamQuota.countedQuota(LocalDate.of(2027, 7, 1), hire));
    }

    /** "If someone leaves the team, we may recalculate the team quota": may, so leaving alone changes nothing. */
    @Test
    void aLeaverStillCountsInTheirLastQuarterUntilTheTargetIsRecalculated() {
        Member leaver = new Member(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 5, 31), QUOTA);
        List<Member> team = List.of(RAMPED, RAMPED, RAMPED, leaver);
        assertEquals(new BigDecimal("1000000.00"), TeamQuota.forQuarter(Q2, team));
        assertEquals(new BigDecimal("750000.00"), TeamQuota.recalculated(Q2, team));
    }

    @Test
    void someoneWhoLeftBeforeTheQuarterBeganDoesNotCount() {
        Member left = new Member(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 3, 31), QUOTA);
        assertFalse(TeamQuota.onTeamAt(Q2, left));
        assertEquals(new BigDecimal("250000.00"), TeamQuota.forQuarter(Q2, List.of(RAMPED, left)));
    }

    @Test
    void someoneLeavingAfterTheQuarterIsKeptByARecalculation() {
        Member later = new Member(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 7, 1), QUOTA);
        assertEquals(new BigDecimal("500000.00"), TeamQuota.recalculated(Q2, List.of(RAMPED, later)));
    }

    @Test
    void aTeamMemberCannotLeaveBeforeTheyStart() {
        assertThrows(IllegalArgumentException.class,
                () -> new Member(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1), QUOTA));
    }

    @Test
    void aHireStartingAfterTheQuarterAddsNothingToIt() {
        assertEquals(new BigDecimal("0.00"), TeamQuota.countedQuota(Q2, startedOn(LocalDate.of(2025, 7, 1))));
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

    private static Member bdr(LocalDate start, String quarterlyOpportunities) {
        return new Member(start, null, new BigDecimal(quarterlyOpportunities), QuotaUnit.OPPORTUNITIES);
    }

    /** "To calculate the team quota, we combine the quota of all team members", for a BDR team in opportunities. */
    @Test
    void aBdrTeamAddsUpOpportunities() {
        List<Member> team = List.of(bdr(LocalDate.of(2024, 6, 1), "30"), bdr(LocalDate.of(2024, 6, 1), "30"),
                bdr(LocalDate.of(2025, 2, 15), "30"));
        assertEquals(Optional.of(QuotaUnit.OPPORTUNITIES), TeamQuota.unitOf(Q2, team));
        assertEquals(new BigDecimal("75.00"), TeamQuota.forQuarter(Q2, team));
    }

    @Test
    void aRosterMixingMoneyAndOpportunitiesHasNoOneUnit() {
        assertEquals(Optional.empty(), TeamQuota.unitOf(Q2, List.of(RAMPED, bdr(LocalDate.of(2024, 6, 1), "30"))));
        assertEquals(Optional.of(QuotaUnit.MONEY), TeamQuota.unitOf(Q2, List.of(RAMPED, RAMPED)));
    }

    @Test
    void aQuotaUnitStillToConfirmIsNotAddedUp() {
        Member unknown = new Member(LocalDate.of(2024, 6, 1), null, QUOTA, QuotaUnit.TO_CONFIRM);
        assertEquals(Optional.empty(), TeamQuota.unitOf(Q2, List.of(unknown)));
    }

    @Test
    void someoneNotYetOnTheTeamDoesNotMixItsUnits() {
        assertEquals(Optional.of(QuotaUnit.MONEY),
                TeamQuota.unitOf(Q2, List.of(RAMPED, bdr(LocalDate.of(2025, 5, 1), "30"))));
    }
}
