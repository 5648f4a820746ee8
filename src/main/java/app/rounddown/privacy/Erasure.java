package app.rounddown.privacy;

import app.rounddown.audit.AuditEntry;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Erases one candidate's personal data inside the caller's transaction, keeping the anonymous records reports count
 * (applications with their stages, dates, sources and statuses, reason categories, scores as numbers, fees and pay).
 * Everything is done in SQL by table name, since several of the tables belong to rooms above this one (the outbox).
 * The candidate row is locked first, so an edit racing the erasure either waits for it or fails on its version.
 */
final class Erasure {
    /** What erased free text reads as, where a value must stay (a submitted card needs takeaways). */
    static final String ERASED = "erased";
    static final String DOMAIN = "@erased.invalid";

    private final EntityManager em;
    private final long candidateId;

    private Erasure(EntityManager em, long candidateId) {
        this.em = em;
        this.candidateId = candidateId;
    }

    /** The anonymous name an erased candidate keeps: the board and reports still count them. */
    static String anonymousName(long candidateId) {
        return "Erased candidate " + candidateId;
    }

    /**
     * Erases and records it; false if there is no such candidate. Erasing again is harmless: it scrubs whatever
     * was added since and records the erasure once more.
     */
    static boolean erase(EntityManager em, long candidateId, String by, Long byId, ErasureCause cause, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> locked = em.createNativeQuery("select name, email from candidate where id = ?1 for update")
                .setParameter(1, candidateId).getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        new Erasure(em, candidateId).scrub((String) locked.get(0)[0], (String) locked.get(0)[1], now);
        em.createNativeQuery("insert into candidate_erasure (candidate_id, erased_at, erased_by, cause) "
                        + "values (?1, ?2, ?3, ?4)").setParameter(1, candidateId).setParameter(2, at(now))
                .setParameter(3, by).setParameter(4, cause.name()).executeUpdate();
        AuditEntry entry = new AuditEntry();
        entry.actorId = byId;
        entry.actorName = by;
        entry.occurredAt = now;
        entry.entityType = "candidate";
        entry.entityId = candidateId;
        entry.action = "erased";
        entry.summary = anonymousName(candidateId) + ": personal data erased " + cause.describe();
        entry.changes = Map.of();
        entry.candidateId = candidateId;
        entry.persist();
        return true;
    }

    private void scrub(String name, String email, Instant now) {
        // History tables are append-only; this transaction alone may rewrite their values (V26).
        em.createNativeQuery("select set_config('rounddown.erasing', 'on', true)").getSingleResult();
        String anonymous = anonymousName(candidateId);
        run("""
                update candidate set name = ?2, email = 'erased-' || id || '%s', phone = null, location = null,
                       time_zone = 'UTC', linkedin_url = null, cv_url = null, notes = null, erased_at = ?3,
                       version = version + 1
                 where id = ?1""".formatted(DOMAIN), anonymous, at(now));
        files();
        run("delete from candidate_note_mention where note_id in (select id from candidate_note where candidate_id = ?1)");
        run("delete from candidate_note where candidate_id = ?1");
        run("update application_event set reason = case when reason is null then null else '" + ERASED + "' end,"
                + " actor = case when actor = ?2 then ?3 else actor end where application_id in " + APPLICATIONS, name,
                anonymous);
        run("update interview_assignment set excused_reason = '" + ERASED + "' where excused_reason is not null"
                + " and application_id in " + APPLICATIONS);
        // A submitted card must keep takeaways (scorecard_submitted_is_complete); the numbers stay, the words go.
        run("""
                update scorecard set takeaways = case when takeaways is null then null else '%1$s' end,
                       mild_concerns = case when mild_concerns is null then null else '%1$s' end,
                       ask_next = case when ask_next is null then null else '%1$s' end,
                       amend_reason = case when amend_reason is null then null else '%1$s' end,
                       ratings = coalesce((select jsonb_object_agg(r.key, case when jsonb_typeof(r.value) = 'object'
                                           then r.value - 'note' else r.value end) from jsonb_each(ratings) r), '{}')
                 where application_id in %2$s""".formatted(ERASED, APPLICATIONS));
        run("""
                update superday set prepare_notes = '', candidate_zone = 'UTC',
                       cancelled_reason = case when cancelled_reason is null then null else '%s' end
                 where application_id in %s""".formatted(ERASED, APPLICATIONS));
        run("update superday_submission set links = '', notes = '' where superday_id in " + SUPERDAYS);
        run("""
                update decision set discussion_note = case when discussion_note is null then null else '%1$s' end,
                       message = case when message is null then null else '%1$s' end,
                       message_subject = case when message_subject is null then null else '%1$s' end,
                       message_html = null
                 where application_id in %2$s""".formatted(ERASED, APPLICATIONS));
        run("update culture_rejection_message set subject = '" + ERASED + "', text = '" + ERASED + "', html = null"
                + " where application_id in " + APPLICATIONS);
        run("""
                update offer set base_percent_reason = case when base_percent_reason is null then null else '%1$s' end,
                       approvals_reset_terms = case when approvals_reset_terms is null then null else '%1$s' end,
                       approvals_reset_cleared = case when approvals_reset_cleared is null then null else '%1$s' end
                 where application_id in %2$s""".formatted(ERASED, APPLICATIONS));
        outbox(anonymous);
        audit(name, anonymous);
        // Replayed API answers (kept a day) may quote the candidate as they were.
        em.createNativeQuery("delete from idempotent_request where strpos(lower(body), lower(?1)) > 0")
                .setParameter(1, email).executeUpdate();
    }

    /** CVs, hand-ins and files kept from a SuperDay go, stored bytes and all. */
    private void files() {
        @SuppressWarnings("unchecked")
        List<Number> fileIds = em.createNativeQuery("""
                select file_id from candidate_cv where candidate_id = ?1
                union select f.file_id from superday_submission_file f join superday_submission s on s.id = f.submission_id
                 where s.superday_id in %1$s
                union select k.file_id from superday_kept_file k where k.superday_id in %1$s""".formatted(SUPERDAYS))
                .setParameter(1, candidateId).getResultList();
        run("delete from candidate_cv where candidate_id = ?1");
        run("delete from superday_submission_file where submission_id in (select id from superday_submission"
                + " where superday_id in " + SUPERDAYS + ")");
        run("delete from superday_kept_file where superday_id in " + SUPERDAYS);
        if (!fileIds.isEmpty()) {
            em.createNativeQuery("delete from stored_file where id in (?1)")
                    .setParameter(1, fileIds.stream().map(Number::longValue).toList()).executeUpdate();
        }
    }

    /**
     * Messages about the candidate keep when and what kind they were; messages to them lose the address too, and
     * any still waiting are not sent.
     */
    private void outbox(String anonymous) {
        run("""
                update outbox set subject = '%1$s', body_text = '%1$s', body_html = null,
                       to_address = case when to_candidate then ?3 else to_address end,
                       to_name = case when to_candidate then ?2 else to_name end,
                       status = case when status = 'QUEUED' then 'FAILED' else status end,
                       last_error = case when status = 'QUEUED' then 'Not sent: the candidate''s data was erased.'
                                         when last_error is null then null else '%1$s' end
                 where %2$s""".formatted(ERASED, MESSAGES), anonymous, "erased-" + candidateId + DOMAIN);
        run("delete from outbox_attachment where outbox_id in (select id from outbox where " + MESSAGES + ")");
    }

    /**
     * The audit log keeps that each change happened, when and by whom, and that the erasure happened; the values
     * and the summaries that named the candidate read "erased".
     */
    private void audit(String name, String anonymous) {
        run("""
                update audit_entry
                   set summary = initcap(replace(entity_type, '-', ' ')) || ' ' || action || ': details erased',
                       actor_name = case when actor_name = ?2 then ?3 else actor_name end,
                       changes = coalesce((select jsonb_object_agg(c.key, jsonb_build_object(
                                    'before', case when coalesce(jsonb_typeof(c.value -> 'before'), 'null') = 'null'
                                                   then 'null'::jsonb else to_jsonb('%1$s'::text) end,
                                    'after', case when coalesce(jsonb_typeof(c.value -> 'after'), 'null') = 'null'
                                                  then 'null'::jsonb else to_jsonb('%1$s'::text) end))
                                  from jsonb_each(changes) c), '{}')
                 where candidate_id = ?1 or (entity_type = 'message' and entity_id in (select id from outbox where %2$s))
                """.formatted(ERASED, MESSAGES), name, anonymous);
    }

    private static final String APPLICATIONS = "(select id from application where candidate_id = ?1)";
    private static final String SUPERDAYS = "(select id from superday where application_id in " + APPLICATIONS + ")";
    private static final String MESSAGES = "(candidate_id = ?1 or application_id in " + APPLICATIONS + ")";

    private void run(String sql, Object... more) {
        var query = em.createNativeQuery(sql);
        if (sql.contains("?1")) {
            query.setParameter(1, candidateId);
        }
        for (int i = 0; i < more.length; i++) {
            query.setParameter(i + 2, more[i]);
        }
        query.executeUpdate();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
