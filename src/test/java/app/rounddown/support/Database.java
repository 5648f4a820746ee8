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

    public long events(long applicationId) {
        return count("select count(*) from application_event where application_id = ?", applicationId);
    }
}
