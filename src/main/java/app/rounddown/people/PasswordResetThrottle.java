package app.rounddown.people;

import java.time.Duration;

/**
 * "Forgot your password?" is limited, so nobody can flood an inbox or probe addresses in bulk: a few requests an hour
 * for one address typed, more from one client address. A limited request gets the same answer and sends nothing.
 */
final class PasswordResetThrottle {
    static final Duration WINDOW = Duration.ofHours(1);
    static final int PER_EMAIL = 3;
    static final int PER_ADDRESS = 10;

    private PasswordResetThrottle() {
    }

    /** Whether this request may send a link, given the requests already made within the hour (this one not counted). */
    static boolean allows(long earlierForEmail, long earlierFromAddress) {
        return earlierForEmail < PER_EMAIL && earlierFromAddress < PER_ADDRESS;
    }
}
