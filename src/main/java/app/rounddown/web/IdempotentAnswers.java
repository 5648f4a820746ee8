package app.rounddown.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The saved first answers to API POSTs sent with an Idempotency-Key, kept a day. */
@ApplicationScoped
public class IdempotentAnswers {
    static final Duration KEPT = Duration.ofHours(24);

    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper json;

    /** An earlier answer to the same key, sent again. */
    public static class Replayed extends RuntimeException {
        final int status;
        final String body;

        Replayed(int status, String body) {
            super(null, null, false, false);
            this.status = status;
            this.body = body;
        }
    }

    /** True when this request is the first with its key; false when an earlier one has saved its answer. */
    boolean claim(long user, IdempotencyKey key) {
        return entityManager.createNativeQuery("""
                        insert into idempotent_request (user_id, key, fingerprint, status, body, created_at)
                        values (?1, ?2, ?3, 0, '', ?4) on conflict do nothing""")
                .setParameter(1, user).setParameter(2, key.key()).setParameter(3, key.fingerprint())
                .setParameter(4, Instant.now()).executeUpdate() == 1;
    }

    /** The answer to send instead of doing the work again, as an exception its mapper turns into a response. */
    RuntimeException earlier(long user, IdempotencyKey key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select fingerprint, status, body from idempotent_request "
                + "where user_id = ?1 and key = ?2").setParameter(1, user).setParameter(2, key.key()).getResultList();
        if (rows.isEmpty() || ((Number) rows.get(0)[1]).intValue() == 0) {
            return new IdempotencyConflict("A request with this Idempotency-Key is still being processed. Wait a "
                    + "moment, then retry with the same key.", 409);
        }
        if (!key.fingerprint().equals(rows.get(0)[0])) {
            return new IdempotencyConflict("This Idempotency-Key was already used for a different request. Use a new "
                    + "key for a new request, and the same key only to retry the same one.", 422);
        }
        return new Replayed(((Number) rows.get(0)[1]).intValue(), (String) rows.get(0)[2]);
    }

    /** Saves the answer in the transaction of the change; flushed first, so what is saved is what was written. */
    void keep(long user, IdempotencyKey key, int status, Object entity) {
        entityManager.flush();
        entityManager.createNativeQuery("update idempotent_request set status = ?1, body = ?2 "
                        + "where user_id = ?3 and key = ?4")
                .setParameter(1, status).setParameter(2, entity == null ? "" : text(entity)).setParameter(3, user)
                .setParameter(4, key.key()).executeUpdate();
    }

    private String text(Object entity) {
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an API answer could not be written as JSON", e);
        }
    }

    /** Answers older than a day are forgotten; any instance may remove them. */
    @Scheduled(every = "${rounddown.idempotency.prune-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "delete from idempotent_request where created_at < ?1").setParameter(1, Instant.now().minus(KEPT))
                .executeUpdate());
    }
}
