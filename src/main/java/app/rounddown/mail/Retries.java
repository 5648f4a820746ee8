package app.rounddown.mail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When to try a message again after the SMTP server refused it or could not be reached: 1, 5, 15, 60 and 240
 * minutes after the first, second, ... failed try; after the sixth try the message has failed.
 */
public final class Retries {
    static final List<Duration> DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofMinutes(60), Duration.ofMinutes(240));
    public static final int MAX_ATTEMPTS = DELAYS.size() + 1;

    private Retries() {
    }

    /** How long to wait after this many failed tries; empty when that was the last one. */
    public static Optional<Duration> after(int attempts) {
        return attempts >= 1 && attempts <= DELAYS.size() ? Optional.of(DELAYS.get(attempts - 1)) : Optional.empty();
    }
}
