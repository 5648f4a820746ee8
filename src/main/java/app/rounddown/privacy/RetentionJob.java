package app.rounddown.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Erases the candidates whose retention period and notice period have both run out, one candidate per transaction.
 * Safe on every instance at once: each transaction claims its candidate with FOR UPDATE SKIP LOCKED, and an erased
 * candidate is never claimed again, so nobody is erased twice.
 */
@ApplicationScoped
public class RetentionJob {
    static final String ACTOR = "retention";
    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Inject
    Retention retention;
    @Inject
    EntityManager em;

    @Scheduled(every = "${rounddown.retention.every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void eraseWhatIsDue() {
        eraseDue(Instant.now());
    }

    /**
     * Erases everyone past their notice at {@code now}; returns how many. One who cannot be erased (a database error)
     * is logged and passed over, so the others still go, and tried again at the next run.
     */
    @ActivateRequestContext
    public int eraseDue(Instant now) {
        int erased = 0;
        long after = 0;
        while (true) {
            long[] claimed = {0};
            try {
                long from = after;
                boolean done = QuarkusTransaction.requiringNew().call(() -> retention.claimOnePastNotice(now, from)
                        .map(id -> {
                            claimed[0] = id;
                            return Erasure.erase(em, id, ACTOR, null, ErasureCause.RETENTION, now);
                        }).orElse(false));
                if (!done) {
                    return erased;
                }
                erased++;
            } catch (RuntimeException failed) {
                if (claimed[0] == 0) {
                    throw failed;
                }
                LOG.errorf(failed, "Candidate %d is past the retention period but could not be erased", claimed[0]);
            }
            after = claimed[0];
        }
    }
}
