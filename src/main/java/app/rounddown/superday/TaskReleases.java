package app.rounddown.superday;

import app.rounddown.audit.Audit;
import app.rounddown.audit.AuditEntry;
import app.rounddown.people.CurrentUser;
import app.rounddown.web.InvalidInput;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task reaches the candidate at kick-off, or earlier when a recruiter releases it. A job on every instance
 * releases what is due, claiming SuperDays with FOR UPDATE SKIP LOCKED so no two instances release one twice;
 * pages only read ({@link SuperDay#taskOutAt}), so looking at a SuperDay never changes it.
 */
@ApplicationScoped
public class TaskReleases {
    private static final int BATCH = 100;

    @Inject
    CurrentUser current;
    @Inject
    Audit audit;

    @Transactional
    public SuperDay releaseEarly(long id) {
        SuperDay day = SuperDays.find(id);
        refusal(day).ifPresent(why -> {
            throw InvalidInput.of("release", why);
        });
        day.releaseTask(Instant.now(), current.name());
        audit.record("superday", day.id, "released", "Task released early to " + day.application.candidate.name
                        + ": " + day.taskVersion.label(),
                Map.of("releasedAt", new AuditEntry.Change(null, day.releasedAt.toString())), day.application.candidate.id);
        return day;
    }

    /** Why the task cannot be released early now, if it cannot. */
    static Optional<String> refusal(SuperDay day) {
        return day.mayRelease() ? Optional.empty() : Optional.of(day.taskVersion == null
                ? "Choose the task before releasing it." : "The task is already released, or this SuperDay is over.");
    }

    @Scheduled(every = "${rounddown.task-release.every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void releaseWhatIsDue() {
        releaseDue(Instant.now());
    }

    /** Releases every task whose kick-off has come; returns how many. Runs outside any request, as jobs do. */
    @Transactional
    @ActivateRequestContext
    public int releaseDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> due = SuperDay.getEntityManager().createNativeQuery("""
                select s.id from superday s
                 where s.released_at is null and s.task_version_id is not null
                   and s.status not in ('CLOSED', 'CANCELLED')
                   and coalesce((select min(b.starts_at) from superday_block b
                                  where b.superday_id = s.id and b.kind = 'KICK_OFF'), s.starts_at) <= ?1
                 order by s.starts_at, s.id limit ?2
                   for update of s skip locked""")
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter(2, BATCH).getResultList();
        int released = 0;
        for (Number id : due) {
            released += releaseIfDue(SuperDays.find(id.longValue()), now) ? 1 : 0;
        }
        return released;
    }

    /** Releases the task if kick-off has come; the release time recorded is kick-off, not when this ran. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean releaseIfDue(SuperDay day, Instant now) {
        if (!day.releaseIfDue(now)) {
            return false;
        }
        audit.record("superday", day.id, "released", "Task released at kick-off: " + day.taskVersion.label(),
                Map.of("releasedAt", new AuditEntry.Change(null, day.releasedAt.toString())), day.application.candidate.id);
        return true;
    }
}
