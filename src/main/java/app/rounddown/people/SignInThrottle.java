package app.rounddown.people;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a client waits before its next sign-in attempt, from the failures counted so far. Guesses from one
 * address slow that address down, more with every failure; guesses against one account from everywhere only slow
 * that account's sign-ins by a few seconds, so nobody can lock the owner out.
 */
final class SignInThrottle {
    static final Duration PAIR_WINDOW = Duration.ofHours(1);
    static final Duration RECENT = Duration.ofMinutes(15);
    static final int FREE_TRIES_PER_ADDRESS_AND_ACCOUNT = 3;
    static final int FREE_TRIES_PER_ADDRESS = 20;
    static final int ACCOUNT_SLOW_DOWN_FROM = 10;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration LONGEST_SLOW_DOWN = Duration.ofSeconds(3);

    /**
     * Failures counted for one attempt: this address against this account within the hour (and the latest), this
     * account from anywhere and this address against any account within fifteen minutes (and the latest).
     */
    record Failures(long pair, Instant lastOfPair, long account, long address, Instant lastOfAddress) {
        static Failures none() {
            return new Failures(0, null, 0, 0, null);
        }
    }

    private SignInThrottle() {
    }

    /** Zero when this address may try now; otherwise how long it still has to wait. */
    static Duration waitBeforeNextTry(Failures failures, Instant now) {
        Duration pair = remaining(failures.pair(), FREE_TRIES_PER_ADDRESS_AND_ACCOUNT, failures.lastOfPair(), now);
        Duration address = remaining(failures.address(), FREE_TRIES_PER_ADDRESS, failures.lastOfAddress(), now);
        return pair.compareTo(address) >= 0 ? pair : address;
    }

    /** A pause before answering any attempt on an account under attack: one second per ten failures, three at most. */
    static Duration slowDown(Failures failures) {
        if (failures.account() < ACCOUNT_SLOW_DOWN_FROM) {
            return Duration.ZERO;
        }
        Duration pause = Duration.ofSeconds(1 + (failures.account() - ACCOUNT_SLOW_DOWN_FROM) / 10);
        return pause.compareTo(LONGEST_SLOW_DOWN) > 0 ? LONGEST_SLOW_DOWN : pause;
    }

    /** After the free tries, each failure doubles the wait from one second, up to fifteen minutes. */
    static Duration waitAfter(long failures, int freeTries) {
        if (failures < freeTries) {
            return Duration.ZERO;
        }
        long doublings = failures - freeTries;
        return doublings >= 10 ? LONGEST_WAIT : min(Duration.ofSeconds(1L << doublings), LONGEST_WAIT);
    }

    private static Duration remaining(long failures, int freeTries, Instant last, Instant now) {
        if (last == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, last.plus(waitAfter(failures, freeTries)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
