package app.rounddown.privacy;

import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Candidates not hired and with no activity for a configurable period are listed for erasure; a scheduled job erases
 * them after the period plus a notice period." A candidate's last activity is the latest of: when they were added,
 * anything recorded about them in the audit log (except exports of their data), a change to one of their
 * applications, a scorecard about them, their SuperDay (its end), a note, a CV, a consent they gave, and a message
 * about them. Every source is probed per candidate through an index.
 */
@ApplicationScoped
public class Retention {
    static final String DEFINITION = "A candidate's last activity is the latest of: when they were added, any change "
            + "recorded about them (profile, applications, interviews, scorecards, SuperDays, decisions, offers), the end "
            + "of their SuperDay, a note, a CV, a consent they gave and a message about them. Exporting their data does "
            + "not count.";
    private static final String LAST_ACTIVITY = """
            greatest(c.created_at,
              (select max(e.occurred_at) from audit_entry e where e.candidate_id = c.id and e.action <> 'exported'),
              (select max(v.occurred_at) from application_event v join application a on a.id = v.application_id
                where a.candidate_id = c.id),
              (select max(s.updated_at) from scorecard s join application a on a.id = s.application_id
                where a.candidate_id = c.id),
              (select max(d.ends_at) from superday d join application a on a.id = d.application_id
                where a.candidate_id = c.id),
              (select max(n.created_at) from candidate_note n where n.candidate_id = c.id),
              (select max(f.uploaded_at) from candidate_cv f where f.candidate_id = c.id),
              (select max(k.agreed_at) from candidate_consent k where k.candidate_id = c.id),
              (select max(o.created_at) from outbox o where o.candidate_id = c.id))""";
    /** Candidates who may be erased for want of activity: not erased yet, never hired, quiet since ?1. */
    private static final String QUIET_SINCE = """
            c.erased_at is null and c.created_at <= ?1
             and not exists (select 1 from application h where h.candidate_id = c.id and h.status = 'HIRED')
             and %s <= ?1""".formatted(LAST_ACTIVITY);

    @ConfigProperty(name = "rounddown.retention.months", defaultValue = "24")
    int months;
    @ConfigProperty(name = "rounddown.retention.notice-days", defaultValue = "30")
    int noticeDays;
    @Inject
    EntityManager em;

    /** One candidate due for erasure: when they were last active, since when they are due, when they will go. */
    public record Due(long id, String name, Instant lastActivity, Instant dueAt, Instant erasedOn) {
        public boolean pastNotice(Instant now) {
            return !erasedOn.isAfter(now);
        }
    }

    /** The retention page: the rule in numbers, one page of candidates due, and how many are due in all. */
    public record RetentionPage(int months, int noticeDays, String definition, Page<Due> due, long pastNotice,
                                Instant now) {
    }

    /** Two statements, whatever the number of candidates: the counts and one page, oldest activity first. */
    public RetentionPage page(PageRequest request, Instant now) {
        Object[] counts = (Object[]) em.createNativeQuery("select count(*), count(*) filter (where " + LAST_ACTIVITY
                        + " <= ?2) from candidate c where " + QUIET_SINCE)
                .setParameter(1, at(dueSince(now))).setParameter(2, at(eraseSince(now))).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.name, " + LAST_ACTIVITY + " as last_activity "
                        + "from candidate c where " + QUIET_SINCE + " order by last_activity, c.id limit ?2 offset ?3")
                .setParameter(1, at(dueSince(now))).setParameter(2, request.size()).setParameter(3, request.offset())
                .getResultList();
        List<Due> due = rows.stream().map(row -> due(((Number) row[0]).longValue(), (String) row[1], instant(row[2])))
                .toList();
        return new RetentionPage(months, noticeDays, DEFINITION,
                Page.of(due, request, ((Number) counts[0]).longValue()), ((Number) counts[1]).longValue(), now);
    }

    /**
     * Claims the next candidate (by id, after {@code afterId}) whose notice has run out, skipping any another
     * instance holds; to erase in this transaction.
     */
    Optional<Long> claimOnePastNotice(Instant now, long afterId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select c.id from candidate c where c.id > ?2 and " + QUIET_SINCE
                        + " order by c.id limit 1 for update of c skip locked")
                .setParameter(1, at(eraseSince(now))).setParameter(2, afterId).getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    private Due due(long id, String name, Instant lastActivity) {
        Instant dueAt = lastActivity.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
        return new Due(id, name, lastActivity, dueAt, dueAt.atOffset(ZoneOffset.UTC).plusDays(noticeDays).toInstant());
    }

    /** Quiet since this moment: due for erasure (the same month arithmetic as {@link #due}). */
    private Instant dueSince(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    private Instant eraseSince(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minusDays(noticeDays).minusMonths(months).toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
