package app.rounddown.reports;

import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SQL conditions for a report's filters and the asker's scope, with the values to bind (named parameters, only
 * those the conditions use). Every report query joins {@code opening} and, when filtering by source, {@code candidate}
 * under the aliases it passes in.
 *
 * <pre>
 * ReportWhere where = ReportWhere.of(filter, scope).openings("o").candidates("c").during("v.entered_at");
 * em.createNativeQuery("select ... from report_stage_visit v join opening o on o.id = v.opening_id ... where "
 *         + where.sql() + " group by ...");
 * where.bind(query);
 * </pre>
 */
public final class ReportWhere {
    private final ReportFilter filter;
    private final ReportScope scope;
    private final StringBuilder sql = new StringBuilder("true");
    private final Map<String, Object> values = new LinkedHashMap<>();
    private boolean onOpenings;

    private ReportWhere(ReportFilter filter, ReportScope scope) {
        this.filter = filter;
        this.scope = scope;
    }

    public static ReportWhere of(ReportFilter filter, ReportScope scope) {
        return new ReportWhere(filter, scope);
    }

    /** The asker's scope and the opening and role type filters, on the opening alias given. */
    public ReportWhere openings(String alias) {
        onOpenings = !scope.allOpenings() || filter.openingId() != null || filter.roleType() != null;
        if (!scope.allOpenings()) {
            and(alias + ".hiring_manager_id = :scopeUser", "scopeUser", scope.userId());
        }
        if (filter.openingId() != null) {
            and(alias + ".id = :openingId", "openingId", filter.openingId());
        }
        if (filter.roleType() != null) {
            and(alias + ".role_type = :roleType", "roleType", filter.roleType().name());
        }
        return this;
    }

    /** The source filter, on the candidate alias given (the query must join candidate when a source is chosen). */
    public ReportWhere candidates(String alias) {
        if (filter.source() != null) {
            and(alias + ".source = :source", "source", filter.source().name());
        }
        return this;
    }

    /** Whether the conditions are on the opening (scope, opening or role type), so the query must join it. */
    public boolean needsOpening() {
        return onOpenings;
    }

    /** Whether the query needs the candidate table for the source filter. */
    public boolean needsCandidate() {
        return filter.source() != null;
    }

    /** The date range, on a timestamp column: from the first moment of the first day up to the end of the last. */
    public ReportWhere during(String column) {
        and(column + " >= :rangeStart and " + column + " < :rangeEnd", null, null);
        values.put("rangeStart", Timestamp.from(filter.start()));
        values.put("rangeEnd", Timestamp.from(filter.end()));
        return this;
    }

    /** A condition of the report's own, with its value (or none). */
    public ReportWhere and(String condition, String name, Object value) {
        sql.append(" and (").append(condition).append(')');
        if (name != null) {
            values.put(name, value);
        }
        return this;
    }

    /** A value the statement binds outside these conditions (a range of its own, a time zone). */
    public ReportWhere with(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /** The values to bind, by name. */
    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    public String sql() {
        return sql.toString();
    }

    public <Q extends Query> Q bind(Q query) {
        values.forEach(query::setParameter);
        return query;
    }
}
