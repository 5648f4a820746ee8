package app.rounddown.web;

import java.net.ConnectException;
import java.sql.SQLException;

/** Tells a database that is down or restarting apart from a bug, so people get "try again" rather than "error". */
final class DatabaseOutage {
    private DatabaseOutage() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The failure came from committing: the database may have saved the change before the connection went. */
    static boolean duringCommit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.transaction.RollbackException
                    || cause instanceof jakarta.transaction.HeuristicMixedException
                    || cause instanceof jakarta.transaction.HeuristicRollbackException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
