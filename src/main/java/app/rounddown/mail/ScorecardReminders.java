package app.rounddown.mail;

import app.rounddown.people.User;
import app.rounddown.scorecard.Assignment;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Interviewers who owe a scorecard an hour after the interview ended are reminded: at once with a link to the
 * interview (unless they chose the digest only), then in one daily digest, at 08:00 their time, of every card late by
 * then. Excused interviewers, submitted cards, closed applications and demo data are never reminded. Safe on every
 * instance at once: each run claims the rows it works on (FOR NO KEY UPDATE SKIP LOCKED: the row lock two workers
 * contend for, without blocking rows that merely reference these) and records what it sent in the same transaction
 * as the message ({@code interview_assignment.reminded_at}, {@code app_user.digest_sent_on}), so nothing is sent twice.
 */
@ApplicationScoped
public class ScorecardReminders {
    static final String REMINDER = "scorecard-reminder";
    static final String DIGEST = "scorecard-digest";
    /** A card is late this long after the interview ended. */
    static final Duration GRACE = Duration.ofHours(1);
    static final LocalTime DIGEST_AT = LocalTime.of(8, 0);
    /** A card reminded of this recently is left out of the digest, so one mail does not repeat the last. */
    static final Duration QUIET_AFTER_REMINDER = Duration.ofHours(12);
    static final int BATCH = 50;

    /**
     * The assignment {@code a} owes a card that is late at ?1 (and someone may still want it). A SuperDay reviewer's
     * "interview" is the whole day: their card is late only once the day has ended, not after their own block.
     */
    private static final String LATE = """
            a.excused_at is null and not a.reminders_off
             and a.starts_at + make_interval(mins => a.duration_minutes) <= ?1
             and (a.stage <> 'SUPERDAY' or exists (select 1 from superday d where d.application_id = a.application_id
                                                   and d.status <> 'CANCELLED' and d.ends_at <= ?1))
             and not exists (select 1 from scorecard s where s.application_id = a.application_id and s.stage = a.stage
                              and s.interviewer_id = a.interviewer_id and s.submitted_at is not null)
             and exists (select 1 from application p where p.id = a.application_id and p.status = 'ACTIVE')""";

    @Inject
    Outbox outbox;
    @Inject
    MailSettings settings;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reminderText(InterviewInvitations.Invitation card);

        static native TemplateInstance reminderHtml(InterviewInvitations.Invitation card);

        static native TemplateInstance digestText(String name, List<InterviewInvitations.Invitation> cards, String companyName);

        static native TemplateInstance digestHtml(String name, List<InterviewInvitations.Invitation> cards, String companyName);
    }

    @Scheduled(every = "${rounddown.reminders.every:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindWhatIsDue() {
        remindDue(Instant.now());
    }

    /** Queues every reminder and digest due at {@code now}; returns how many messages it queued. */
    @ActivateRequestContext
    public int remindDue(Instant now) {
        int queued = 0;
        for (int batch; (batch = QuarkusTransaction.requiringNew().call(() -> remindLateCards(now))) > 0; ) {
            queued += batch;
        }
        long after = 0;
        for (DigestRun run; (run = QuarkusTransaction.requiringNew().call(sendDigests(now, after))).claimed() > 0; ) {
            queued += run.sent();
            after = run.lastUserId();
        }
        return queued;
    }

    private int remindLateCards(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em().createNativeQuery("select a.id from interview_assignment a join app_user u on "
                        + "u.id = a.interviewer_id where a.reminded_at is null and u.active and u.scorecard_reminders = "
                        + "'IMMEDIATE' and " + LATE + " order by a.id limit ?2 for no key update of a skip locked")
                .setParameter(1, at(now.minus(GRACE))).setParameter(2, BATCH).getResultList();
        for (Number id : ids) {
            Assignment assignment = Assignment.findById(id.longValue());
            InterviewInvitations.Invitation card = InterviewMail.forInterviewer(assignment, settings);
            outbox.queue(Letter.internal(REMINDER, assignment.interviewer.email, assignment.interviewer.name,
                    "Scorecard missing: " + card.stage() + " with " + card.candidateName(),
                    Templates.reminderText(card).render(), Templates.reminderHtml(card).render(), List.of(),
                    assignment.application.candidate.id, assignment.application.id));
        }
        markReminded(ids, now);
        return ids.size();
    }

    /** One round of digests: the users claimed (after {@code afterUserId}, in id order), and how many got one. */
    private record DigestRun(int claimed, int sent, long lastUserId) {
    }

    private Callable<DigestRun> sendDigests(Instant now, long afterUserId) {
        return () -> {
            // The latest date it is anywhere on Earth; each person's own date is checked below.
            LocalDate latestToday = now.atOffset(ZoneOffset.ofHours(14)).toLocalDate();
            @SuppressWarnings("unchecked")
            List<Number> ids = em().createNativeQuery("select u.id from app_user u where u.active and u.id > ?2 "
                            + "and (u.digest_sent_on is null or u.digest_sent_on < ?3) and exists (select 1 from "
                            + "interview_assignment a where a.interviewer_id = u.id and " + LATE + ") "
                            + "order by u.id limit ?4 for no key update of u skip locked")
                    .setParameter(1, at(now.minus(GRACE))).setParameter(2, afterUserId)
                    .setParameter(3, Date.valueOf(latestToday)).setParameter(4, BATCH).getResultList();
            int sent = 0;
            for (Number id : ids) {
                sent += digest(User.findById(id.longValue()), now) ? 1 : 0;
            }
            return new DigestRun(ids.size(), sent, ids.isEmpty() ? afterUserId : ids.get(ids.size() - 1).longValue());
        };
    }

    private boolean digest(User user, Instant now) {
        ZonedDateTime local = now.atZone(user.zone());
        Object lastSent = em().createNativeQuery("select digest_sent_on from app_user where id = ?1")
                .setParameter(1, user.id).getSingleResult();
        if (local.toLocalTime().isBefore(DIGEST_AT)
                || (lastSent != null && !toLocalDate(lastSent).isBefore(local.toLocalDate()))) {
            return false;
        }
        // The digest is of the cards late at 08:00, even when it goes out later: one that turns late in the afternoon
        // waits for tomorrow's digest (or gets its own reminder), rather than bringing a second mail the same day.
        Instant digestTime = local.toLocalDate().atTime(DIGEST_AT).atZone(user.zone()).toInstant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em().createNativeQuery("select a.id from interview_assignment a where a.interviewer_id = ?2 "
                        + "and (a.reminded_at is null or a.reminded_at <= ?3) and " + LATE + " order by a.starts_at, a.id")
                .setParameter(1, at(digestTime.minus(GRACE))).setParameter(2, user.id)
                .setParameter(3, at(now.minus(QUIET_AFTER_REMINDER))).getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        List<Assignment> late = Assignment.list("id in ?1 order by startsAt, id", ids.stream().map(Number::longValue).toList());
        List<InterviewInvitations.Invitation> cards = late.stream()
                .map(assignment -> InterviewMail.forInterviewer(assignment, settings)).toList();
        outbox.queue(Letter.internal(DIGEST, user.email, user.name, cards.size() == 1 ? "1 scorecard still missing"
                        : cards.size() + " scorecards still missing", Templates.digestText(user.name, cards,
                        settings.companyName()).render(), Templates.digestHtml(user.name, cards, settings.companyName())
                        .render(), List.of(), null, null));
        markReminded(ids, now);
        em().createNativeQuery("update app_user set digest_sent_on = ?1 where id = ?2")
                .setParameter(1, Date.valueOf(local.toLocalDate())).setParameter(2, user.id).executeUpdate();
        return true;
    }

    /** One column only: a recruiter may be moving one of these interviews meanwhile, and its new time must stand. */
    private static void markReminded(List<Number> assignmentIds, Instant now) {
        if (!assignmentIds.isEmpty()) {
            em().createNativeQuery("update interview_assignment set reminded_at = ?1 where reminded_at is null and id in (?2)")
                    .setParameter(1, at(now)).setParameter(2, assignmentIds.stream().map(Number::longValue).toList())
                    .executeUpdate();
        }
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static EntityManager em() {
        return Assignment.getEntityManager();
    }
}
