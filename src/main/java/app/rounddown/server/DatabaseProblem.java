package app.rounddown.server;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Why the configured database could not be used, as a paragraph a person can act on. */
final class DatabaseProblem {
    private static final String EMBEDDED_HINT = " To use the PostgreSQL that ships with Rounddown instead, leave "
            + "QUARKUS_DATASOURCE_JDBC_URL unset.";

    private DatabaseProblem() {
    }

    static String explain(String url, String user, Throwable failure) {
        String where = "Rounddown cannot use the database at " + withoutPassword(url) + ": ";
        String state = failure instanceof SQLException sql ? sql.getSQLState() : null;
        if ("28P01".equals(state) || "28000".equals(state)) {
            return where + "the server refused user \"" + user + "\" (" + firstLine(failure) + "). Check "
                    + "QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD, and that the server's pg_hba.conf "
                    + "lets this user connect from this machine." + EMBEDDED_HINT;
        }
        if ("3D000".equals(state)) {
            return where + "the server has no such database (" + firstLine(failure) + "). Create it (for example "
                    + "`createdb rounddown`) or name an existing database in QUARKUS_DATASOURCE_JDBC_URL; Rounddown "
                    + "creates its own schema inside it." + EMBEDDED_HINT;
        }
        if (has(failure, UnknownHostException.class)) {
            return where + "the host name is unknown. Check the host in QUARKUS_DATASOURCE_JDBC_URL." + EMBEDDED_HINT;
        }
        if (has(failure, ConnectException.class) || has(failure, NoRouteToHostException.class)) {
            return where + "the connection was refused. Check that PostgreSQL is running and listens on the host "
                    + "and port in QUARKUS_DATASOURCE_JDBC_URL (and accepts TCP connections from this machine)."
                    + EMBEDDED_HINT;
        }
        if (has(failure, SocketTimeoutException.class)) {
            return where + "the server did not answer in time. Check the host and port in "
                    + "QUARKUS_DATASOURCE_JDBC_URL and any firewall between here and there." + EMBEDDED_HINT;
        }
        return where + firstLine(failure) + "." + EMBEDDED_HINT;
    }

    /** A JDBC URL as it may be printed: a password in it is masked. */
    static String withoutPassword(String url) {
        return url == null ? "" : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
