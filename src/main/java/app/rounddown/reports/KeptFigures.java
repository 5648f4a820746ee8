package app.rounddown.reports;

import app.rounddown.web.SqlValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Report statements' rows, kept by this instance between views (V43). A view runs the statement again only when a
 * transaction that committed since the kept rows were read has written to a table the reports read; otherwise it
 * costs one small statement instead of a year of history. The answer is always the statement's own: instances keep
 * their own rows and every use is checked against the database, so nothing kept can be stale. A statement whose
 * answer also changes as time passes is asked at a {@link Moment}; one asking {@code now()} itself would be kept wrong.
 * Rows read by a transaction that has written are neither used nor kept: its own writes count as seen.
 */
@ApplicationScoped
public class KeptFigures {
    /** Rows kept longer are dropped: the database forgets the changes it would need to check them (V43). */
    static final Duration KEPT = Duration.ofMinutes(50);
    /**
     * What one instance keeps at most, in values (30 to 60 bytes of heap each with their rows, so some 15 to 30 MB):
     * the least recently used go first. Each statement also counts for its text and {@link #ENTRY} more. One
     * statement's rows are kept up to a quarter of it (time to hire over 2,000 openings: about 100,000 values).
     */
    static final int MOST_VALUES = 500_000;
    /** What keeping a statement costs besides its values, in values: the key and the entry itself. */
    static final int ENTRY = 100;

    /**
     * The snapshot to keep new rows under, whether rows read under {@code :snapshot} are still the answer, whether
     * this transaction has written nothing (its own writes are visible in its snapshots, so rows it reads are not
     * kept), and (%s) for rows of a moment, when they next may change.
     */
    static final String CHECK = """
            select cast(pg_current_snapshot() as text),
                   pg_snapshot_xmin(s.kept) >= (select f.below from report_change_floor f)
                   and not exists (select 1 from report_change r
                                    where r.xid >= pg_snapshot_xmin(s.kept)
                                      and not pg_visible_in_snapshot(r.xid, s.kept)),
                   pg_current_xact_id_if_assigned() is null%s
            from (select cast(:snapshot as pg_snapshot) as kept) s""";
    static final String SNAPSHOT = """
            select cast(pg_current_snapshot() as text), false, pg_current_xact_id_if_assigned() is null%s""";

    /**
     * The present moment a statement is asked at, when its rows also change as time passes: {@code name} is the bound
     * value holding it (a {@link Timestamp}, left out of the key), {@code nextChange} a scalar query naming it that
     * gives the first time after it at which the rows may change with no write (a SuperDay ending, a deadline
     * passing), or null when none is due. Rows kept at one moment answer for later ones up to that time.
     */
    public record Moment(String name, String nextChange) {
    }

    private record Kept(String statement, String snapshot, List<Object[]> rows, int values, long keptAt, Instant from,
                        Instant until) {
        boolean expired() {
            return System.nanoTime() - keptAt > KEPT.toNanos();
        }

        boolean answers(Instant at) {
            return from == null || (!at.isBefore(from) && (until == null || at.isBefore(until)));
        }
    }

    private final Map<String, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);
    private int values;

    @Inject
    EntityManager em;

    /**
     * The rows of a statement of two or more columns with the values given, unchanged by the caller. The snapshot is
     * taken before the statement runs, so rows that already hold a later change are kept as older than they are: the
     * next view reads them afresh, never the other way round.
     */
    public List<Object[]> rows(String sql, Map<String, Object> values) {
        return rows(sql, values, null);
    }

    /** The rows of a statement asked at a moment (see {@link Moment}), as {@link #rows(String, Map)}. */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String sql, Map<String, Object> values, Moment moment) {
        String key = key(sql, values, moment == null ? null : moment.name());
        Timestamp at = moment == null ? null : (Timestamp) values.get(moment.name());
        String next = moment == null ? "" : ", (" + moment.nextChange() + ")";
        Kept before = kept(key);
        Query asked;
        if (before != null && (at == null || before.answers(at.toInstant()))) {
            asked = em.createNativeQuery(CHECK.formatted(next)).setParameter("snapshot", before.snapshot());
        } else {
            asked = em.createNativeQuery(SNAPSHOT.formatted(next));
        }
        if (moment != null) {
            asked.setParameter(moment.name(), at);
        }
        Object[] answer = (Object[]) asked.getSingleResult();
        boolean unwritten = Boolean.TRUE.equals(answer[2]);
        if (unwritten && Boolean.TRUE.equals(answer[1])) {
            return before.rows();
        }
        Query query = em.createNativeQuery(sql);
        values.forEach(query::setParameter);
        List<Object[]> rows = Collections.unmodifiableList(query.getResultList());
        if (unwritten) {
            keep(key, new Kept(sql, (String) answer[0], rows, ENTRY + key.length() / 16
                    + rows.stream().mapToInt(r -> r.length).sum(), System.nanoTime(),
                    at == null ? null : at.toInstant(), moment == null ? null : SqlValues.instant(answer[3])));
        }
        return rows;
    }

    /** The statement and its values, named in order, but for the moment's, which kept rows answer for a while. */
    static String key(String sql, Map<String, Object> values, String moment) {
        StringBuilder key = new StringBuilder(sql);
        new TreeMap<>(values).forEach((name, value) -> {
            if (!name.equals(moment)) {
                // A Timestamp prints in the JVM's zone, where two instants of a clock change's repeated hour look alike.
                Object exact = value instanceof Timestamp time ? time.toInstant() : value;
                key.append('\n').append(name).append('=')
                        .append(value == null ? "null" : value.getClass().getName() + ':' + exact);
            }
        });
        return key.toString();
    }

    private synchronized Kept kept(String key) {
        Kept found = kept.get(key);
        if (found != null && found.expired()) {
            values -= kept.remove(key).values();
            return null;
        }
        return found;
    }

    private synchronized void keep(String key, Kept rows) {
        if (rows.values() > MOST_VALUES / 4) {
            return;
        }
        Kept replaced = kept.put(key, rows);
        values += rows.values() - (replaced == null ? 0 : replaced.values());
        for (Iterator<Kept> oldest = kept.values().iterator(); values > MOST_VALUES && oldest.hasNext(); ) {
            values -= oldest.next().values();
            oldest.remove();
        }
    }

    /** Rows kept longer than {@link #KEPT}, which no view may use any more, give their memory back. */
    synchronized void forgetExpired() {
        for (Iterator<Kept> each = kept.values().iterator(); each.hasNext(); ) {
            Kept rows = each.next();
            if (rows.expired()) {
                values -= rows.values();
                each.remove();
            }
        }
    }

    /** How many statements with their values this instance keeps rows of (for tests). */
    synchronized int size() {
        return kept.size();
    }

    /** The statements this instance keeps rows of (for tests). */
    synchronized Set<String> statements() {
        return kept.values().stream().map(Kept::statement).collect(Collectors.toSet());
    }

    /**
     * Raises the floor to where it was taken an hour ago and forgets the changes below it: rows kept for less than an
     * hour, on any instance, were read under a snapshot at or above it. Any instance may run it; the floor only rises.
     */
    @Scheduled(every = "${rounddown.reports.kept-figures-prune-every:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldChanges() {
        forgetExpired();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    update report_change_floor set below = greatest(below, next_xmin),
                           next_xmin = pg_snapshot_xmin(pg_current_snapshot()), next_at = now()
                     where next_at <= now() - interval '1 hour'""").executeUpdate();
            em.createNativeQuery("delete from report_change where xid < (select below from report_change_floor)")
                    .executeUpdate();
        });
    }
}
