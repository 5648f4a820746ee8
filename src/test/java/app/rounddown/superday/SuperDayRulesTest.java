package app.rounddown.superday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SuperDay's own rules, without a database: release, the link's life and what is owed. */
class SuperDayRulesTest {
    private static final Instant KICK_OFF = Instant.parse("2026-11-24T09:00:00Z");

    private static SuperDay day(boolean withTask) {
        SuperDay day = new SuperDay();
        day.candidateZone = "Europe/London";
        Block kickOff = new Block();
        kickOff.kind = BlockKind.KICK_OFF;
        kickOff.startsAt = KICK_OFF;
        kickOff.minutes = 15;
        Block focus = new Block();
        focus.kind = BlockKind.FOCUS;
        focus.startsAt = KICK_OFF.plus(Duration.ofMinutes(15));
        focus.minutes = 400;
        day.plan(List.of(kickOff, focus));
        day.charge(Money.of(new BigDecimal("1000"), "USD"), new BigDecimal("500"));
        if (withTask) {
            day.taskVersion = new TaskVersion();
        }
        return day;
    }

    @Test
    void theTaskIsReleasedAtKickOffNotBeforeAndItsVersionFreezesAtThatTime() {
        SuperDay day = day(true);
        assertFalse(day.releaseIfDue(KICK_OFF.minusSeconds(1)));
        assertTrue(day.releaseIfDue(KICK_OFF.plus(Duration.ofHours(2))));
        assertEquals(KICK_OFF, day.releasedAt);
        assertEquals(KICK_OFF, day.taskVersion.frozenAt);
        assertEquals(SuperDayStatus.IN_PROGRESS, day.status);
    }

    @Test
    void withoutAChosenTaskNothingIsReleased() {
        SuperDay day = day(false);
        assertFalse(day.releaseIfDue(KICK_OFF.plusSeconds(60)));
        assertFalse(day.isReleased());
    }

    @Test
    void theLinkWorksUntilSevenDaysAfterTheDayEnds() {
        SuperDay day = day(false);
        assertEquals(KICK_OFF.plus(Duration.ofMinutes(415)), day.endsAt);
        assertTrue(day.portalValidAt(day.endsAt.plus(Duration.ofDays(7)).minusSeconds(1)));
        assertFalse(day.portalValidAt(day.endsAt.plus(Duration.ofDays(7))));
        day.portalRevokedAt = KICK_OFF;
        assertFalse(day.portalValidAt(KICK_OFF.minusSeconds(60)));
    }

    @Test
    void theFeeIsDueOnceTheDayIsOverWhateverTheOutcomeAndDonatedWhenTheCandidateChoseCharity() {
        SuperDay day = day(false);
        assertEquals(PaymentStatus.NOT_DUE, day.paymentStatus(KICK_OFF));
        assertEquals(PaymentStatus.DUE, day.paymentStatus(day.endsAt));
        assertEquals(LocalDate.of(2026, 11, 30), day.payBy());
        day.donateFee = true;
        day.paidOn = LocalDate.of(2026, 11, 30);
        assertEquals(PaymentStatus.DONATED, day.paymentStatus(day.endsAt));
        assertFalse(day.taxFormNeeded());
    }

    @Test
    void aCancellationByTheCompanyOwesTheCancellationFeeAndByTheCandidateNothing() {
        SuperDay company = day(false);
        company.cancel("Offsite", true, KICK_OFF.minus(Duration.ofDays(3)));
        assertEquals(Money.of(new BigDecimal("500"), "USD"), company.amountDue());
        assertEquals(PaymentStatus.DUE, company.paymentStatus(KICK_OFF.minus(Duration.ofDays(3))));
        assertEquals(LocalDate.of(2026, 11, 30), company.payBy());
        SuperDay candidate = day(false);
        candidate.cancel("Took another offer", false, KICK_OFF);
        assertEquals(PaymentStatus.NOT_DUE, candidate.paymentStatus(KICK_OFF.plus(Duration.ofDays(1))));
    }
}
