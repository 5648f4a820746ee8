package app.rounddown.superday;

import app.rounddown.audit.Audit;
import app.rounddown.audit.AuditEntry;
import app.rounddown.people.CurrentUser;
import app.rounddown.people.Secrets;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.ApplicationStatus;
import app.rounddown.pipeline.Stage;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Found;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Locks;
import app.rounddown.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import app.rounddown.server.Metrics;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Schedules SuperDays and carries out what recruiters do with them; every change is audited. */
@ApplicationScoped
public class SuperDays {
    /** What the fee columns hold: 12 digits, 2 after the point. */
    static final BigDecimal MAX_FEE = new BigDecimal("9999999999.99");

    @Inject
    CurrentUser current;
    @Inject
    Audit audit;
    @Inject
    Metrics metrics;
    @Inject
    Secrets secrets;
    @Inject
    Bookings bookings;

    /** The rest of the scheduling form: the task, what to prepare and the fee. */
    public record Setup(Long taskId, String prepareNotes, BigDecimal fee, BigDecimal cancellationFee, String currency) {
    }

    public List<String> warnings(AgendaForm form, Long superDayId) {
        if (form.zone() == null) {
            return List.of();
        }
        List<Block> blocks = form.blocks(people(form));
        if (blocks.isEmpty()) {
            return List.of();
        }
        List<Agenda.Block> agenda = blocks.stream().map(Block::asAgendaBlock).toList();
        return Agenda.warnings(agenda, new Agenda.Person("the candidate", form.zone()),
                bookings.around(blocks, superDayId));
    }

    /** The warnings of a saved agenda, as the SuperDay page shows them. */
    public List<String> warnings(SuperDay day) {
        List<Agenda.Block> agenda = day.blocks.stream().map(Block::asAgendaBlock).toList();
        return Agenda.warnings(agenda, new Agenda.Person("the candidate", day.zone()), bookings.around(day.blocks, day.id));
    }

    @Transactional
    public SuperDay schedule(long applicationId, AgendaForm form, Setup setup) {
        Application application = Found.or404(Application.<Application>findById(applicationId), "application", applicationId);
        Locks.holdUntilCommit("superday-application-" + applicationId);
        FieldErrors errors = form.errors();
        if (application.stage != Stage.SUPERDAY || application.status != ApplicationStatus.ACTIVE) {
            errors.add("form", "Move the candidate to the SuperDay stage before scheduling their SuperDay.");
        }
        if (SuperDay.count("application.id = ?1 and status <> ?2", applicationId, SuperDayStatus.CANCELLED) > 0) {
            errors.add("form", "This candidate already has a SuperDay; change its agenda instead.");
        }
        TaskVersion task = check(setup, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        SuperDay day = new SuperDay();
        day.application = application;
        day.createdBy = current.name();
        day.portalNonce = Secrets.randomToken();
        day.portalTokenHash = hash(portalToken(day));
        apply(day, form, setup, task);
        day.taxForm = TaxForm.suggestedFor(day.candidateZone);
        day.persist();
        audit.created("superday", day.id, "SuperDay scheduled for " + application.candidate.name, day.snapshot(),
                application.candidate.id);
        metrics.countOnCommit(Metrics.SUPERDAYS_SCHEDULED);
        return day;
    }

    @Transactional
    public SuperDay replan(long id, Integer seenVersion, AgendaForm form, Setup setup) {
        SuperDay day = find(id);
        Versions.requireUnchanged(seenVersion, day.version);
        FieldErrors errors = form.errors();
        if (day.status.isOver()) {
            errors.add("candidateZone", "This SuperDay is " + day.status.label().toLowerCase() + "; its agenda can no longer change.");
        }
        TaskVersion task = check(setup, errors);
        boolean sameTask = task != null && day.taskVersion != null && task.task.id.equals(day.taskVersion.task.id);
        if (day.isReleased() && task != null && !sameTask) {
            errors.add("taskId", "The candidate has already received " + day.taskVersion.label()
                    + "; the task cannot change now.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Map<String, Object> before = day.snapshot();
        apply(day, form, setup, day.isReleased() ? day.taskVersion : task);
        audit.changed("superday", day.id, "SuperDay agenda changed", before, day.snapshot(), day.application.candidate.id);
        return day;
    }

    private void apply(SuperDay day, AgendaForm form, Setup setup, TaskVersion task) {
        day.candidateZone = form.zone().getId();
        day.plan(form.blocks(people(form)));
        day.taskVersion = task;
        day.prepareNotes = setup.prepareNotes() == null ? "" : setup.prepareNotes().strip();
        day.fee = setup.fee();
        day.cancellationFee = setup.cancellationFee();
        day.currency = setup.currency();
    }

    private TaskVersion check(Setup setup, FieldErrors errors) {
        if (setup.fee() == null || setup.fee().signum() < 0 || setup.fee().scale() > 2 || setup.fee().compareTo(MAX_FEE) > 0) {
            errors.add("fee", "Give the fee as an amount such as 1000 or 1000.50.");
        }
        if (setup.cancellationFee() == null || setup.cancellationFee().signum() < 0 || setup.cancellationFee().scale() > 2
                || setup.cancellationFee().compareTo(MAX_FEE) > 0) {
            errors.add("cancellationFee", "Give the cancellation fee as an amount such as 500.");
        }
        if (!app.rounddown.web.Currencies.known(setup.currency())) {
            errors.add("currency", app.rounddown.web.Currencies.MESSAGE);
        }
        if (setup.prepareNotes() != null && setup.prepareNotes().length() > 5000) {
            errors.add("prepareNotes", "Keep what to prepare to 5,000 characters or fewer.");
        }
        if (setup.taskId() == null) {
            return null;
        }
        return TaskVersion.latest(setup.taskId()).orElseGet(() -> {
            errors.add("taskId", "Choose a task from the library.");
            return null;
        });
    }

    private static Map<Long, User> people(AgendaForm form) {
        if (form.participantIds().isEmpty()) {
            return Map.of();
        }
        List<User> users = User.list("id in ?1 and active = true", form.participantIds());
        return users.stream().collect(Collectors.toMap(u -> u.id, Function.identity()));
    }

    @Transactional
    public SuperDay releaseEarly(long id) {
        SuperDay day = find(id);
        if (!day.mayRelease()) {
            throw InvalidInput.of("release", day.taskVersion == null ? "Choose the task before releasing it."
                    : "The task is already released, or this SuperDay is over.");
        }
        day.releaseTask(Instant.now(), current.name());
        audit.record("superday", day.id, "released", "Task released early to " + day.application.candidate.name
                        + ": " + day.taskVersion.label(),
                Map.of("releasedAt", new AuditEntry.Change(null, day.releasedAt.toString())), day.application.candidate.id);
        return day;
    }

    /**
     * Called when anyone looks at the SuperDay. One conditional update does the release, so two instances
     * (or two quick reloads) at kick-off release it once and neither fails.
     */
    @Transactional
    public void releaseIfDue(long id, Instant now) {
        SuperDay day = find(id);
        if (!day.isReleaseDue(now)) {
            return;
        }
        Instant kickOff = day.kickOff();
        var em = SuperDay.getEntityManager();
        int released = em.createNativeQuery("""
                update superday set released_at = ?1, released_by = 'kick-off time', version = version + 1,
                       status = case when status in ('SCHEDULED', 'CONFIRMED') then 'IN_PROGRESS' else status end
                 where id = ?2 and released_at is null and task_version_id is not null
                   and status not in ('CLOSED', 'CANCELLED')""")
                .setParameter(1, java.time.OffsetDateTime.ofInstant(kickOff, java.time.ZoneOffset.UTC)).setParameter(2, id)
                .executeUpdate();
        if (released == 1) {
            em.createNativeQuery("update superday_task_version set frozen_at = coalesce(frozen_at, ?1), row_version = row_version + 1 where id = ?2")
                    .setParameter(1, java.time.OffsetDateTime.ofInstant(kickOff, java.time.ZoneOffset.UTC))
                    .setParameter(2, day.taskVersion.id).executeUpdate();
            audit.record("superday", id, "released", "Task released at kick-off: " + day.taskVersion.label(),
                    Map.of("releasedAt", new AuditEntry.Change(null, kickOff.toString())), day.application.candidate.id);
        }
    }

    @Transactional
    public SuperDay changeStatus(long id, Integer seenVersion, SuperDayStatus to) {
        SuperDay day = find(id);
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
        SuperDay day = find(id);
        Versions.requireUnchanged(seenVersion, day.version);
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw InvalidInput.of("reason", "Say why the SuperDay is cancelled, in up to 2,000 characters.");
        }
        if (!day.mayCancel()) {
            throw InvalidInput.of("reason", day.status.isOver() ? "This SuperDay is already " + day.status.label().toLowerCase()
                    + "." : "The candidate has already received the task, so the day is paid in full; close it instead.");
        }
        Map<String, Object> before = day.snapshot();
        day.cancel(reason.strip(), byCompany, Instant.now());
        Map<String, Object> after = day.snapshot();
        after.put("cancelledReason", day.cancelledReason);
        audit.changed("superday", day.id, "SuperDay cancelled", before, after, day.application.candidate.id);
        return day;
    }

    public record Checklist(boolean contractChecked, boolean channelCreated, boolean holdsSent, boolean kickoffInviteSent) {
    }

    @Transactional
    public SuperDay tick(long id, Integer seenVersion, Checklist list) {
        SuperDay day = find(id);
        Versions.requireUnchanged(seenVersion, day.version);
        Map<String, Object> before = day.snapshot();
        day.contractChecked = list.contractChecked();
        day.channelCreated = list.channelCreated();
        day.holdsSent = list.holdsSent();
        day.kickoffInviteSent = list.kickoffInviteSent();
        audit.changed("superday", day.id, "SuperDay checklist", before, day.snapshot(), day.application.candidate.id);
        return day;
    }

    public record Payment(boolean donateFee, boolean detailsCollected, TaxForm taxForm, boolean taxFormReceived,
                          java.time.LocalDate paidOn) {
    }

    @Transactional
    public SuperDay recordPayment(long id, Integer seenVersion, Payment payment) {
        SuperDay day = find(id);
        Versions.requireUnchanged(seenVersion, day.version);
        if (payment.taxForm() == null) {
            throw InvalidInput.of("taxForm", "Choose which tax form is needed, or \u201cNone needed\u201d.");
        }
        if (payment.paidOn() != null && payment.paidOn().isAfter(java.time.LocalDate.now().plusDays(1))) {
            throw InvalidInput.of("paidOn", "The payment date cannot be in the future.");
        }
        Map<String, Object> before = day.snapshot();
        day.donateFee = payment.donateFee();
        day.paymentDetailsCollected = payment.detailsCollected();
        day.taxForm = payment.taxForm();
        day.taxFormReceived = payment.taxFormReceived();
        day.paidOn = payment.paidOn();
        audit.changed("superday", day.id, "SuperDay payment", before, day.snapshot(), day.application.candidate.id);
        return day;
    }

    /** A new link replaces the old one, which stops working at once. */
    @Transactional
    public SuperDay newLink(long id) {
        SuperDay day = find(id);
        day.portalNonce = Secrets.randomToken();
        day.portalTokenHash = hash(portalToken(day));
        day.portalRevokedAt = null;
        audit.record("superday", day.id, "new-link", "New candidate link; the old one no longer works", Map.of(),
                day.application.candidate.id);
        return day;
    }

    @Transactional
    public SuperDay revokeLink(long id) {
        SuperDay day = find(id);
        if (day.portalRevokedAt == null) {
            day.portalRevokedAt = Instant.now();
            audit.record("superday", day.id, "revoked-link", "Candidate link revoked", Map.of(), day.application.candidate.id);
        }
        return day;
    }

    public String portalToken(SuperDay day) {
        return secrets.sign("superday-portal:" + day.portalNonce);
    }

    /**
     * The SuperDay a candidate's link opens, if the link is right and still valid; nothing else is revealed.
     * Its task is released here when kick-off has come, so the page that follows shows it.
     */
    @Transactional
    public Optional<Long> openedBy(String token, Instant now) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        Optional<SuperDay> day = SuperDay.<SuperDay>find("portalTokenHash", hash(token)).firstResultOptional()
                .filter(found -> found.portalValidAt(now));
        day.ifPresent(found -> releaseIfDue(found.id, now));
        return day.map(found -> found.id);
    }

    public static SuperDay find(long id) {
        return Found.or404(SuperDay.<SuperDay>findById(id), "SuperDay", id);
    }

    static String hash(String token) {
        return app.rounddown.web.Digests.sha256(token);
    }
}
