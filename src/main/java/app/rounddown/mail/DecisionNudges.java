package app.rounddown.mail;

import app.rounddown.decision.DecisionClock;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.StageResults;
import app.rounddown.superday.SuperDay;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The opening's hiring manager is reminded to decide 24 hours after a SuperDay ends, and told at 48 hours that the
 * decision is overdue, with the comparison. A job on every instance claims due SuperDays with FOR UPDATE SKIP LOCKED
 * and records each nudge with the message, so no nudge goes twice. Cancelled days, decided or no longer active
 * candidates and openings without a hiring manager get none.
 */
@ApplicationScoped
public class DecisionNudges {
    static final String KIND = "decision-nudge";
    static final Duration FIRST = Duration.ofHours(24);
    private static final int BATCH = 100;

    @Inject
    Outbox outbox;
    @Inject
    MailSettings settings;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance text(Nudge nudge);

        static native TemplateInstance html(Nudge nudge);
    }

    /** What the hiring manager reads: whom to decide on, by when (in their zone), and where to compare. */
    public record Nudge(String managerName, String candidateName, String openingTitle, String ended, String due,
                        String zone, boolean overdue, boolean divergent, String comparisonLink, String decisionLink,
                        String companyName) {
    }

    @Scheduled(every = "${rounddown.decision-nudges.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nudgeWhoIsDue() {
        sendDue(Instant.now());
    }

    /** Queues every nudge due at {@code now}; returns how many. Runs outside any request, as jobs do. */
    @Transactional
    @ActivateRequestContext
    public int sendDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> due = SuperDay.getEntityManager().createNativeQuery("""
                select s.id from superday s
                  join application a on a.id = s.application_id
                  join opening o on o.id = a.opening_id
                  join app_user m on m.id = o.hiring_manager_id and m.active
                 where s.status <> 'CANCELLED' and a.stage = 'SUPERDAY' and a.status = 'ACTIVE'
                   and not exists (select 1 from decision d where d.application_id = a.id)
                   and (s.decision_nudged_at is null and s.ends_at <= ?1
                        or s.decision_overdue_nudged_at is null and s.ends_at <= ?2)
                 order by s.ends_at, s.id limit ?3
                   for update of s skip locked""")
                .setParameter(1, OffsetDateTime.ofInstant(now.minus(FIRST), ZoneOffset.UTC))
                .setParameter(2, OffsetDateTime.ofInstant(now.minus(DecisionClock.ALLOWED), ZoneOffset.UTC))
                .setParameter(3, BATCH).getResultList();
        for (Number id : due) {
            nudge(SuperDay.findById(id.longValue()), now);
        }
        return due.size();
    }

    private void nudge(SuperDay day, Instant now) {
        Application application = day.application;
        User manager = application.opening.hiringManager;
        DecisionClock clock = new DecisionClock(day.endsAt, now);
        boolean overdue = !now.isBefore(clock.dueAt());
        ZoneId zone = manager.zone();
        Nudge nudge = new Nudge(manager.name, application.candidate.name, application.opening.title,
                MailTimes.shortAt(zone, day.endsAt), MailTimes.shortAt(zone, clock.dueAt()), zone.getId(), overdue,
                StageResults.of(application).at(application.id, Stage.SUPERDAY).needsDiscussion(),
                settings.link("/comparisons/" + application.opening.id), settings.link("/decisions/" + application.id),
                settings.companyName());
        String subject = (overdue ? "Overdue: your decision on " : "Decision due: ") + application.candidate.name
                + " for " + application.opening.title + " (due " + nudge.due() + ", " + zone.getId() + ")";
        outbox.queue(Letter.internal(KIND, manager.email, manager.name, subject, Templates.text(nudge).render(),
                Templates.html(nudge).render(), List.of(), application.candidate.id, application.id));
        // A bulk update: the SuperDay's version stays, so a recruiter editing it meanwhile sees no conflict.
        if (overdue) {
            SuperDay.update("decisionNudgedAt = coalesce(decisionNudgedAt, ?1), decisionOverdueNudgedAt = ?1 where id = ?2",
                    now, day.id);
        } else {
            SuperDay.update("decisionNudgedAt = ?1 where id = ?2", now, day.id);
        }
    }
}
