package app.rounddown.people;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * bcrypt is slow on purpose, so only about as many checks as there are cores run at once. An attempt beyond that is
 * answered at once ("try again in a second") instead of queueing behind a storm of guesses.
 */
@ApplicationScoped
public class PasswordChecks {
    private final Semaphore permits;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final int limit;

    public PasswordChecks(@ConfigProperty(name = "rounddown.sign-in.parallel-checks", defaultValue = "0") int configured) {
        limit = configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
        permits = new Semaphore(limit);
    }

    /** Whether the password matches the hash; empty when every check slot is busy. */
    public Optional<Boolean> matches(String password, String hash) {
        if (!permits.tryAcquire()) {
            return Optional.empty();
        }
        try {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            return Optional.of(Passwords.matches(password, hash));
        } finally {
            running.decrementAndGet();
            permits.release();
        }
    }

    public int limit() {
        return limit;
    }

    /** The most checks that ever ran at the same moment: never above {@link #limit()}. */
    public int mostAtOnce() {
        return mostAtOnce.get();
    }
}
