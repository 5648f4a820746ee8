package app.rounddown.people;

import app.rounddown.server.Metrics;
import app.rounddown.web.Locks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an e-mail and password. A wrong e-mail and a wrong password get the same answer; after ten
 * failures for one account within fifteen minutes, further tries are refused for a while. The count
 * lives in the database, so it holds across app instances.
 */
@ApplicationScoped
public class SignIns {
    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration REMEMBERED = Duration.ofMinutes(2);
    private static final int REMEMBERED_MAX = 10_000;

    @Inject
    Secrets secrets;
    @Inject
    Metrics metrics;

    // bcrypt is slow on purpose; scripts using Basic send the password on every call, so a recent success
    // is remembered briefly, keyed by a signature that changes as soon as the stored hash does.
    private final Map<String, Instant> recentBasicSuccesses = new ConcurrentHashMap<>();

    public sealed interface Outcome {
    }

    public record Success(User user) implements Outcome {
    }

    public record Wrong() implements Outcome {
    }

    public record Locked(long minutes) implements Outcome {
    }

    public static final String WRONG_MESSAGE = "That e-mail and password do not match an active account.";

    public static String lockedMessage(long minutes) {
        return "Too many failed sign-ins for this account. Try again in " + minutes
                + (minutes == 1 ? " minute" : " minutes") + ", or ask an admin to reset the password.";
    }

    @Transactional
    public Outcome attempt(String email, String password, boolean basic) {
        if (email == null || email.isBlank() || password == null) {
            return new Wrong();
        }
        String address = email.strip();
        // One attempt per account at a time, so parallel guesses cannot all slip under the limit.
        Locks.holdUntilCommit("sign-in:" + address.toLowerCase(java.util.Locale.ROOT));
        Instant now = Instant.now();
        List<SignInFailure> recent = SignInFailure.<SignInFailure>find(
                        "lower(email) = lower(?1) and failedAt > ?2 order by failedAt desc", address, now.minus(WINDOW))
                .page(0, MAX_FAILURES).list();
        if (recent.size() >= MAX_FAILURES) {
            Instant freeAgain = recent.get(recent.size() - 1).failedAt.plus(WINDOW);
            metrics.countOnCommit(Metrics.SIGN_IN_FAILURES, "reason", "locked");
            return new Locked(Math.max(1, Duration.between(now, freeAgain).toMinutes() + 1));
        }
        User user = User.findByEmail(address).filter(u -> u.active).orElse(null);
        if (user == null) {
            // Spend the same time as a wrong password, so timing does not tell which e-mails have accounts.
            Passwords.matches(password, Passwords.DECOY_HASH);
        } else if (basic && remembered(user, password, now) || user.passwordMatches(password)) {
            if (basic) {
                remember(user, password, now);
            }
            if (!recent.isEmpty()) {
                forgetFailures(address);
            }
            return new Success(user.withRoles());
        }
        SignInFailure.record(address, now);
        metrics.countOnCommit(Metrics.SIGN_IN_FAILURES, "reason", "wrong");
        return new Wrong();
    }

    /** After a success or an admin's password reset, earlier failures no longer count towards a lock-out. */
    @Transactional
    public void forgetFailures(String email) {
        SignInFailure.delete("lower(email) = lower(?1)", email.strip());
    }

    private boolean remembered(User user, String password, Instant now) {
        Instant until = recentBasicSuccesses.get(key(user, password));
        return until != null && until.isAfter(now);
    }

    private void remember(User user, String password, Instant now) {
        if (recentBasicSuccesses.size() > REMEMBERED_MAX) {
            recentBasicSuccesses.clear();
        }
        recentBasicSuccesses.put(key(user, password), now.plus(REMEMBERED));
    }

    private String key(User user, String password) {
        return secrets.sign(user.id + "|" + user.passwordHash + "|" + password);
    }
}
