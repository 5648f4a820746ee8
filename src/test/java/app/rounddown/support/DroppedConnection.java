package app.rounddown.support;

import app.rounddown.pipeline.StageChanged;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A test hook: once armed, the next move of an application loses its database connection while committing. The
 * hook asks PostgreSQL to end the transaction's own server process from a second connection, as a crashed network
 * or a restarted server would.
 */
@ApplicationScoped
public class DroppedConnection {
    private static final AtomicBoolean ARMED = new AtomicBoolean();

    @Inject
    EntityManager entityManager;
    @Inject
    AgroalDataSource dataSource;

    public static void armForTheNextMove() {
        ARMED.set(true);
    }

    public static void disarm() {
        ARMED.set(false);
    }

    void whileCommitting(@Observes(during = TransactionPhase.BEFORE_COMPLETION) StageChanged moved) {
        if (!ARMED.compareAndSet(true, false)) {
            return;
        }
        entityManager.flush();
        int pid = ((Number) entityManager.createNativeQuery("select pg_backend_pid()").getSingleResult()).intValue();
        // Another thread, so the pool hands out another connection rather than this transaction's own.
        CompletableFuture.runAsync(() -> {
            try (Connection other = dataSource.getConnection();
                 var statement = other.prepareStatement("select pg_terminate_backend(?)")) {
                statement.setInt(1, pid);
                statement.execute();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }).join();
    }
}
