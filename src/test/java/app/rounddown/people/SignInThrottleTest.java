package app.rounddown.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttling rule on its own: waits that grow per address, and a slow-down per account that never locks out. */
class SignInThrottleTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static SignInThrottle.Failures fromThisAddress(long failures, Instant last) {
        return new SignInThrottle.Failures(failures, last, failures, failures, last);
    }

    @Test
    void threeMistakesAreFreeThenEachFailureDoublesTheWaitUpToFifteenMinutes() {
        assertEquals(Duration.ZERO, SignInThrottle.waitAfter(2, 3));
        assertEquals(Duration.ofSeconds(1), SignInThrottle.waitAfter(3, 3));
        assertEquals(Duration.ofSeconds(2), SignInThrottle.waitAfter(4, 3));
        assertEquals(Duration.ofSeconds(256), SignInThrottle.waitAfter(11, 3));
        assertEquals(Duration.ofSeconds(512), SignInThrottle.waitAfter(12, 3));
        assertEquals(Duration.ofMinutes(15), SignInThrottle.waitAfter(13, 3));
        assertEquals(Duration.ofMinutes(15), SignInThrottle.waitAfter(500, 3));
    }

    @Test
    void theWaitCountsFromTheLatestFailure() {
        assertEquals(Duration.ofSeconds(6), SignInThrottle.waitBeforeNextTry(fromThisAddress(6, NOW.minusSeconds(2)), NOW));
        assertEquals(Duration.ZERO, SignInThrottle.waitBeforeNextTry(fromThisAddress(6, NOW.minusSeconds(9)), NOW));
        assertEquals(Duration.ZERO, SignInThrottle.waitBeforeNextTry(SignInThrottle.Failures.none(), NOW));
    }

    @Test
    void anAddressGuessingAtManyAccountsWaitsAfterTwentyFailures() {
        SignInThrottle.Failures spraying = new SignInThrottle.Failures(0, null, 1, 25, NOW);
        assertEquals(Duration.ofSeconds(32), SignInThrottle.waitBeforeNextTry(spraying, NOW));
    }

    @Test
    void anAccountUnderAttackFromEverywhereIsSlowedByAtMostThreeSecondsAndNeverRefused() {
        assertEquals(Duration.ZERO, SignInThrottle.slowDown(new SignInThrottle.Failures(0, null, 9, 0, null)));
        assertEquals(Duration.ofSeconds(1), SignInThrottle.slowDown(new SignInThrottle.Failures(0, null, 10, 0, null)));
        assertEquals(Duration.ofSeconds(3), SignInThrottle.slowDown(new SignInThrottle.Failures(0, null, 10_000, 0, null)));
        SignInThrottle.Failures ownerElsewhere = new SignInThrottle.Failures(0, null, 10_000, 0, null);
        assertEquals(Duration.ZERO, SignInThrottle.waitBeforeNextTry(ownerElsewhere, NOW));
    }

    @Test
    void waitsAreSaidInWords() {
        assertEquals("1 second", Waits.inWords(1));
        assertEquals("40 seconds", Waits.inWords(40));
        assertEquals("15 minutes", Waits.inWords(900));
    }
}
