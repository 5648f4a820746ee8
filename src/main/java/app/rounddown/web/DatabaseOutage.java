package app.rounddown.web;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/** Tells a database that is down or restarting apart from a bug, so people get "try again" rather than "error". */
final class DatabaseOutage {
    private DatabaseOutage() {
    }

    static boolean causes(Throwable failure) {
        return anywhereIn(failure, cause -> cause instanceof ConnectException
                || cause instanceof org.hibernate.exception.JDBCConnectionException
                || cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")));
    }

    /** The failure came from committing: the database may have saved the change before the connection went. */
    static boolean duringCommit(Throwable failure) {
        return anywhereIn(failure, cause -> cause instanceof RollbackException || cause instanceof HeuristicMixedException
                || cause instanceof HeuristicRollbackException);
    }

    /** Looks through causes and suppressed exceptions: a failed commit keeps the driver's error as a suppressed one. */
    private static boolean anywhereIn(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> queue = new ArrayDeque<>();
        queue.add(failure);
        while (!queue.isEmpty()) {
            Throwable next = queue.poll();
            if (!seen.add(next)) {
                continue;
            }
            if (test.test(next)) {
                return true;
            }
            if (next.getCause() != null) {
                queue.add(next.getCause());
            }
            Collections.addAll(queue, next.getSuppressed());
        }
        return false;
    }
}
