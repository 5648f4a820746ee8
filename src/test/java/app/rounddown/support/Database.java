package app.rounddown.support;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the database really holds, read with plain SQL so tests do not trust the code they test. */
@ApplicationScoped
public class Database {
    /** When a session or API token was last used: noted by any request at most once a minute, not data. */
    public static final Set<String> BOOKKEEPING = Set.of("user_session", "api_token");

    @Inject
    AgroalDataSource dataSource;

    public long count(String sql, Object... parameters) {
        String value = text(sql, parameters);
        return value == null ? 0 : Long.parseLong(value);
    }

    public String text(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Excuses the overdue cards of the interviews scheduled since then. The recruiters' queue lists the oldest hundred
     * overdue cards, and other tests look for their own in it.
     */
    public void excuseOverdueCardsScheduledSince(java.time.Instant since) {
        update("update interview_assignment set excused_at = now(), excused_by = 'Test clean-up', "
                + "excused_reason = 'Test clean-up' where created_at >= ? and card_due_at < now() and excused_at is null",
                java.sql.Timestamp.from(since));
    }

    public void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * What every table holds, as one text: its row count and the newest transaction that wrote one of its rows
     * (PostgreSQL's xmin), so an insert, an update or a delete anywhere changes it.
     */
    public String rowsOfEveryTable(Set<String> except) {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select table_name from information_schema.tables "
                     + "where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                if (!except.contains(result.getString(1))) {
                    tables.add(result.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        String counts = tables.stream().map(table -> "select '" + table + "' as t, count(*) as c, "
                + "coalesce(max(xmin::text::bigint), 0) as x from " + table).collect(Collectors.joining(" union all "));
        return text("select string_agg(t || ':' || c || ':' || x, ' ' order by t) from (" + counts + ") rows");
    }

    /**
     * Takes a lock with the given statement in a transaction of its own and keeps it until the handle is closed, so
     * a test can line requests up behind it and then let them race.
     */
    public Held hold(String lockSql, Object... parameters) {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(lockSql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.execute();
            }
            return () -> {
                try (connection) {
                    if (!connection.isClosed()) {
                        connection.rollback();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A lock held by a test; closing it (once or more) lets the waiting requests go. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits (up to 20 seconds) until this many sessions are waiting for a lock, row or advisory. */
    public void awaitLockWaiters(int waiting) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                + "and datname = current_database()") < waiting) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Expected " + waiting + " requests waiting for a lock; they never queued up.");
            }
            Thread.sleep(20);
        }
    }

    public long events(long applicationId) {
        return count("select count(*) from application_event where application_id = ?", applicationId);
    }
}
