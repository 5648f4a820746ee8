package app.rounddown.superday;

import app.rounddown.audit.Audit;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A SuperDay's course: confirmed, reviewed, closed or cancelled, and the recruiter's checklist on the way. */
@ApplicationScoped
public class SuperDayStatuses {
    @Inject
    Audit audit;
    @Inject
    Event<SuperDayCancelled> cancelled;

    @Transactional
    public SuperDay changeStatus(long id, Integer seenVersion, SuperDayStatus to) {
        SuperDay day = SuperDays.find(id);
        Versions.requireUnchanged(seenVersion, day.version);
        SuperDayStatus from = day.status;
        if (to == null) {
            throw InvalidInput.of("status", "Choose the status the SuperDay moves to.");
        }
        boolean allowed = switch (to) {
            case CONFIRMED -> from == SuperDayStatus.SCHEDULED;
            case REVIEWED -> from == SuperDayStatus.SUBMITTED;
            case CLOSED -> from == SuperDayStatus.SUBMITTED || from == SuperDayStatus.REVIEWED
                    || from == SuperDayStatus.IN_PROGRESS;
            default -> false;
        };
        if (!allowed) {
            throw InvalidInput.of("status", "A SuperDay that is " + from.label().toLowerCase() + " cannot become "
                    + to.label().toLowerCase() + ".");
        }
        Map<String, Object> before = day.snapshot();
        day.status = to;
        audit.changed("superday", day.id, "SuperDay " + to.label().toLowerCase(), before, day.snapshot(),
                day.application.candidate.id);
        return day;
    }

    @Transactional
    public SuperDay cancel(long id, Integer seenVersion, String reason, boolean byCompany) {
        SuperDay day = SuperDays.find(id);
        Versions.requireUnchanged(seenVersion, day.version);
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw InvalidInput.of("reason", "Say why the SuperDay is cancelled, in up to 2,000 characters.");
        }
        cancelRefusal(day).ifPresent(why -> {
            throw InvalidInput.of("reason", why);
        });
        Map<String, Object> before = day.snapshot();
        day.cancel(reason.strip(), byCompany, Instant.now());
        Map<String, Object> after = day.snapshot();
        after.put("cancelledReason", day.cancelledReason);
        audit.changed("superday", day.id, "SuperDay cancelled", before, after, day.application.candidate.id);
        cancelled.fire(new SuperDayCancelled(day.id, day.application.id, byCompany, day.cancelledReason));
        return day;
    }

    /** Why the day can no longer be cancelled, if it cannot: once the task is out, the day is paid in full. */
    static Optional<String> cancelRefusal(SuperDay day) {
        return day.mayCancel() ? Optional.empty() : Optional.of(day.status.isOver() ? "This SuperDay is already "
                + day.status.label().toLowerCase() + "." : "The candidate has already received the task, so the day is "
                + "paid in full; close it instead.");
    }

    public record Checklist(boolean contractChecked, boolean channelCreated, boolean holdsSent, boolean kickoffInviteSent) {
    }

    @Transactional
    public SuperDay tick(long id, Integer seenVersion, Checklist list) {
        SuperDay day = SuperDays.find(id);
        Versions.requireUnchanged(seenVersion, day.version);
        Map<String, Object> before = day.snapshot();
        day.contractChecked = list.contractChecked();
        day.channelCreated = list.channelCreated();
        day.holdsSent = list.holdsSent();
        day.kickoffInviteSent = list.kickoffInviteSent();
        audit.changed("superday", day.id, "SuperDay checklist", before, day.snapshot(), day.application.candidate.id);
        return day;
    }
}
