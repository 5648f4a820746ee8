package app.rounddown.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Business counters a team graphs next to the technical ones (on the management port's /q/metrics). Inside a
 * transaction a count is made only when it commits, so a refused or rolled-back change is never counted.
 */
@ApplicationScoped
public class Metrics {
    public static final String APPLICATIONS_MOVED = "rounddown.applications.moved";
    public static final String SCORECARDS_SUBMITTED = "rounddown.scorecards.submitted";
    public static final String SUPERDAYS_SCHEDULED = "rounddown.superdays.scheduled";
    public static final String SIGN_IN_FAILURES = "rounddown.sign.in.failures";

    @Inject
    MeterRegistry registry;
    @Inject
    TransactionSynchronizationRegistry transactions;

    public void countOnCommit(String name, String... tags) {
        Counter counter = registry.counter(name, tags);
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            counter.increment();
            return;
        }
        if (status != Status.STATUS_ACTIVE) {
            return; // marked for rollback: it will not happen
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment();
                }
            }
        });
    }
}
