package app.rounddown.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Erases the candidates whose retention period and notice period have both run out, one candidate per transaction.
 * Safe on every instance at once: each transaction claims its candidate with FOR UPDATE SKIP LOCKED, and an erased
 * candidate is never claimed again, so nobody is erased twice.
 */
@ApplicationScoped
public class RetentionJob {
    static final String ACTOR = "retention";

    @Inject
    Retention retention;
    @Inject
    EntityManager em;

    @Scheduled(every = "${rounddown.retention.every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void eraseWhatIsDue() {
        eraseDue(Instant.now());
    }

    /** Erases everyone past their notice at {@code now}; returns how many. */
    @ActivateRequestContext
    public int eraseDue(Instant now) {
        int erased = 0;
        while (QuarkusTransaction.requiringNew().call(() -> retention.claimOnePastNotice(now)
                .map(id -> Erasure.erase(em, id, ACTOR, null, ErasureCause.RETENTION, now)).orElse(false))) {
            erased++;
        }
        return erased;
    }
}
