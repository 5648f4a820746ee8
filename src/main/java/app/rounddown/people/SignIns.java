package app.rounddown.people;

import app.rounddown.server.Metrics;
import app.rounddown.web.SqlValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks an e-mail and password. A wrong e-mail and a wrong password get the same answer and cost the same time.
 * The password check holds no database connection and no lock: failures are counted in short transactions before
 * and after it (in the database, so the throttling holds across instances), and {@link PasswordChecks} bounds how
 * many checks run at once.
 */
@ApplicationScoped
public class SignIns {
    static final int LONGEST_EMAIL = 254;

    @Inject
    Metrics metrics;
    @Inject
    PasswordChecks checks;

    /**
     * At a cost whose decoy hash is not written in the code, it is made beside the start-up, not in its way, and before
     * the first sign-in needs it.
     */
    void makeDecoyHash(@Observes StartupEvent event) {
        if (Passwords.decoyWritten()) {
            return;
        }
        Thread maker = new Thread(Passwords::decoyHash, "decoy-password-hash");
        maker.setDaemon(true);
        maker.start();
    }

    public sealed interface Outcome {
    }

    public record Success(User user) implements Outcome {
    }

    public record Wrong() implements Outcome {
    }

    /** Not checked at all: wait this long, for the reason in {@code message}. */
    public record Wait(long seconds, String message) implements Outcome {
    }

    public static final String WRONG_MESSAGE = "That e-mail and password do not match an active account.";

    static String throttledMessage(long seconds) {
        return "Too many failed sign-ins from this device or network. Wait " + Waits.inWords(seconds)
                + ", then try again. Your account is not locked: you can still sign in from elsewhere.";
    }

    static final String BUSY_MESSAGE = "Many people are signing in at this moment. Try again in a second.";

    private record Before(SignInThrottle.Failures failures, User user) {
    }

    public Outcome attempt(String email, String password, String address) {
        if (email == null || email.isBlank() || password == null || email.length() > LONGEST_EMAIL
                || password.length() > 1000) {
            return new Wrong();
        }
        String account = email.strip();
        String from = Sessions.clip(address, 64);
        Instant now = Instant.now();
        SignInThrottle.Failures failures = QuarkusTransaction.requiringNew().call(() -> failures(account, from, now));
        Duration wait = SignInThrottle.waitBeforeNextTry(failures, now);
        if (!wait.isZero()) {
            // Answered from one indexed read: a storm of refused guesses costs the database next to nothing.
            long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
            metrics.countOnCommit(Metrics.SIGN_IN_FAILURES, "reason", "throttled");
            return new Wait(seconds, throttledMessage(seconds));
        }
        Before before = new Before(failures, QuarkusTransaction.requiringNew().call(() -> User.<User>find(
                "select u from User u left join fetch u.roles where lower(u.email) = lower(?1) and u.active = true",
                account).singleResultOptional().orElse(null)));
        pause(SignInThrottle.slowDown(before.failures()));
        // With no account, check a decoy hash: the same work, so timing does not tell which e-mails have accounts.
        Optional<Boolean> matches = checks.matches(password,
                before.user() == null || before.user().passwordHash == null ? Passwords.decoyHash() : before.user().passwordHash);
        if (matches.isEmpty()) {
            metrics.countOnCommit(Metrics.SIGN_IN_FAILURES, "reason", "busy");
            return new Wait(1, BUSY_MESSAGE);
        }
        if (matches.get() && before.user() != null && before.user().passwordHash != null) {
            if (before.failures().pair() > 0) {
                QuarkusTransaction.requiringNew().run(() -> SignInFailure.delete(
                        "lower(email) = lower(?1) and address = ?2", account, from));
            }
            return new Success(before.user());
        }
        QuarkusTransaction.requiringNew().run(() -> {
            SignInFailure.record(account, from, Instant.now());
            metrics.countOnCommit(Metrics.SIGN_IN_FAILURES, "reason", "wrong");
        });
        return new Wrong();
    }

    /** After an admin's password reset, earlier failures no longer slow anyone down. */
    public void forgetFailures(String email) {
        SignInFailure.delete("lower(email) = lower(?1)", email.strip());
    }

    private static SignInThrottle.Failures failures(String account, String address, Instant now) {
        Object[] row = (Object[]) SignInFailure.getEntityManager().createNativeQuery("""
                        select count(*) filter (where lower(email) = lower(?1) and address = ?2),
                               max(failed_at) filter (where lower(email) = lower(?1) and address = ?2),
                               count(*) filter (where lower(email) = lower(?1) and failed_at > ?4),
                               count(*) filter (where address = ?2 and failed_at > ?4),
                               max(failed_at) filter (where address = ?2 and failed_at > ?4)
                          from sign_in_failure
                         where (lower(email) = lower(?1) or address = ?2) and failed_at > ?3""")
                .setParameter(1, account).setParameter(2, address)
                .setParameter(3, now.minus(SignInThrottle.PAIR_WINDOW)).setParameter(4, now.minus(SignInThrottle.RECENT))
                .getSingleResult();
        return new SignInThrottle.Failures(((Number) row[0]).longValue(), SqlValues.instant(row[1]), ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue(), SqlValues.instant(row[4]));
    }

    private static void pause(Duration pause) {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Failures older than the longest window count for nothing; any instance may remove them. */
    @Scheduled(every = "${rounddown.sign-in.prune-every:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        QuarkusTransaction.requiringNew().run(() -> SignInFailure.delete("failedAt < ?1",
                Instant.now().minus(SignInThrottle.PAIR_WINDOW)));
    }
}
