package app.rounddown.people;

import app.rounddown.web.Digests;
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
    public record Open(long sessionId, long userId) {
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

    @Transactional
    public Optional<Open> find(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        with found as (
                            select id, user_id, last_seen_at from user_session
                             where secret_hash = ?1 and ended_at is null and last_seen_at > ?2 and created_at > ?3),
                        seen as (
                            update user_session s set last_seen_at = ?4 from found
                             where s.id = found.id and found.last_seen_at < ?5 returning s.id)
                        select id, user_id from found""")
                .setParameter(1, Digests.sha256(secret)).setParameter(2, now.minus(idleTimeout))
                .setParameter(3, now.minus(maxAge)).setParameter(4, now).setParameter(5, now.minus(SEEN_EVERY))
                .getResultList();
        return rows.stream().findFirst()
                .map(row -> new Open(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
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
