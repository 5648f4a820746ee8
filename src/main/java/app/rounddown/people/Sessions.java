package app.rounddown.people;

import app.rounddown.web.Digests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Server-side sessions, so signing out really ends one. Every instance reads the same rows; checking a cookie is
 * one statement, which also notes, at most once a minute, when the session was last seen.
 */
@ApplicationScoped
public class Sessions {
    public static final String COOKIE = "rd_session";
    private static final Duration SEEN_EVERY = Duration.ofMinutes(1);
    private static final Duration KEPT_AFTER_END = Duration.ofDays(30);

    /** The session a cookie opened: which row and whose. */
    public record Open(long sessionId, User user) {
    }

    @Inject
    EntityManager entityManager;
    @ConfigProperty(name = "rounddown.session.idle-timeout")
    Duration idleTimeout;
    @ConfigProperty(name = "rounddown.session.max-age")
    Duration maxAge;

    /** Starts a session and returns the secret for the cookie; only its hash is kept. */
    @Transactional
    public String start(long userId, String userAgent, String address) {
        String secret = Secrets.randomToken();
        UserSession session = new UserSession();
        session.userId = userId;
        session.secretHash = Digests.sha256(secret);
        session.createdAt = Instant.now();
        session.lastSeenAt = session.createdAt;
        session.userAgent = clip(userAgent, 300);
        session.address = clip(address, 64);
        session.persist();
        return secret;
    }

    /**
     * The open session a cookie names and its person, active and with their roles: one statement per request, and a
     * second about once a minute per session to note that it is still in use (the idle timeout counts from there).
     */
    public Optional<Open> find(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        List<Object[]> rows = entityManager.createQuery("select s.id, s.lastSeenAt, u from UserSession s "
                        + "join User u on u.id = s.userId left join fetch u.roles where s.secretHash = ?1 "
                        + "and s.endedAt is null and s.lastSeenAt > ?2 and s.createdAt > ?3 and u.active = true",
                        Object[].class)
                .setParameter(1, Digests.sha256(secret)).setParameter(2, now.minus(idleTimeout))
                .setParameter(3, now.minus(maxAge)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        long sessionId = (Long) rows.get(0)[0];
        if (((Instant) rows.get(0)[1]).isBefore(now.minus(SEEN_EVERY))) {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery("update UserSession s "
                            + "set s.lastSeenAt = ?1 where s.id = ?2 and s.lastSeenAt < ?1")
                    .setParameter(1, now).setParameter(2, sessionId).executeUpdate());
        }
        return Optional.of(new Open(sessionId, (User) rows.get(0)[2]));
    }

    /** The sessions someone could still use, most recently seen first. */
    public List<UserSession> openOf(long userId) {
        Instant now = Instant.now();
        return UserSession.<UserSession>find("userId = ?1 and endedAt is null and lastSeenAt > ?2 and createdAt > ?3 "
                        + "order by lastSeenAt desc, id desc", userId, now.minus(idleTimeout), now.minus(maxAge))
                .page(0, 50).list();
    }

    @Transactional
    public void end(long sessionId) {
        UserSession.update("endedAt = ?1 where id = ?2 and endedAt is null", Instant.now(), sessionId);
    }

    /** Ends one of this person's sessions; false when it is not theirs or already over. */
    @Transactional
    public boolean endOwn(long userId, long sessionId) {
        return UserSession.update("endedAt = ?1 where id = ?2 and userId = ?3 and endedAt is null", Instant.now(),
                sessionId, userId) > 0;
    }

    /** Every session of this person; returns how many were open. */
    @Transactional
    public int endAll(long userId) {
        return UserSession.update("endedAt = ?1 where userId = ?2 and endedAt is null", Instant.now(), userId);
    }

    @Transactional
    public int endAllBut(long userId, long keptSessionId) {
        return UserSession.update("endedAt = ?1 where userId = ?2 and id <> ?3 and endedAt is null", Instant.now(),
                userId, keptSessionId);
    }

    /** Old rows go; safe on every instance at once, since a delete of what is already gone does nothing. */
    @Scheduled(every = "${rounddown.session.prune-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void prune() {
        Instant cutoff = Instant.now().minus(KEPT_AFTER_END);
        UserSession.delete("coalesce(endedAt, lastSeenAt) < ?1 or createdAt < ?2", cutoff, cutoff.minus(maxAge));
    }

    static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.length() > max ? clean.substring(0, max) : clean;
    }
}
