package app.rounddown.superday;

import app.rounddown.audit.Audit;
import app.rounddown.money.Currencies;
import app.rounddown.money.Money;
import app.rounddown.people.CurrentUser;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.ApplicationStatus;
import app.rounddown.pipeline.Stage;
import app.rounddown.server.Metrics;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Found;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Locks;
import app.rounddown.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Schedules SuperDays and changes their agenda, with the warnings a recruiter sees first; every change is audited. */
@ApplicationScoped
public class SuperDays {
    @Inject
    CurrentUser current;
    @Inject
    Audit audit;
    @Inject
    Metrics metrics;
    @Inject
    Event<SuperDayPlanned> planned;
    @Inject
    Event<SuperDayChanged> changed;
    @Inject
    PortalLinks links;
    @Inject
    Bookings bookings;
    @Inject
    SuperDayReviewers reviewers;

    /** The rest of the scheduling form: the task, what to prepare, the fee and the reviewers to assign. */
    public record Setup(Long taskId, String prepareNotes, BigDecimal fee, BigDecimal cancellationFee, String currency,
                        List<Long> reviewerIds) {
    }

    public List<String> warnings(AgendaForm form, Long superDayId) {
        if (form.zone() == null) {
            return List.of();
        }
        List<Block> blocks = form.blocks(people(form, List.of()));
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
        Map<Long, User> people = people(form, setup.reviewerIds());
        SuperDayReviewers.check(setup.reviewerIds(), form.blocks(people), people, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        SuperDay day = new SuperDay();
        day.application = application;
        day.createdBy = current.name();
        day.contact = current.user().orElse(null);
        links.issue(day);
        apply(day, form, setup, task);
        day.taxForm = TaxForm.suggestedFor(day.candidateZone);
        day.persist();
        audit.created("superday", day.id, "SuperDay scheduled for " + application.candidate.name, day.snapshot(),
                application.candidate.id);
        metrics.countOnCommit(Metrics.SUPERDAYS_SCHEDULED);
        reviewers.assign(day, setup.reviewerIds());
        planned.fire(new SuperDayPlanned(day.id, application.id));
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
        Set<Long> assigned = SuperDayReviewers.of(day.application.id).keySet();
        List<Long> newReviewers = setup.reviewerIds().stream().filter(reviewer -> !assigned.contains(reviewer)).toList();
        Map<Long, User> people = people(form, newReviewers);
        SuperDayReviewers.check(newReviewers, form.blocks(people), people, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Map<String, Object> before = day.snapshot();
        SuperDayChanged.Before planned = day.asBefore();
        apply(day, form, setup, day.isReleased() ? day.taskVersion : task);
        day.calendarSequence++;
        reviewers.assign(day, newReviewers);
        audit.changed("superday", day.id, "SuperDay agenda changed", before, day.snapshot(), day.application.candidate.id);
        changed.fire(new SuperDayChanged(day.id, day.application.id, planned));
        return day;
    }

    private void apply(SuperDay day, AgendaForm form, Setup setup, TaskVersion task) {
        day.candidateZone = form.zone().getId();
        day.plan(form.blocks(people(form, List.of())));
        day.taskVersion = task;
        day.prepareNotes = setup.prepareNotes() == null ? "" : setup.prepareNotes().strip();
        day.charge(Money.of(setup.fee(), setup.currency()), setup.cancellationFee());
    }

    private TaskVersion check(Setup setup, FieldErrors errors) {
        if (!Money.fits(setup.fee(), Money.LARGEST_FEE)) {
            errors.add("fee", "Give the fee as an amount such as 1000 or 1000.50.");
        }
        if (!Money.fits(setup.cancellationFee(), Money.LARGEST_FEE)) {
            errors.add("cancellationFee", "Give the cancellation fee as an amount such as 500.");
        }
        if (!Currencies.known(setup.currency())) {
            errors.add("currency", Currencies.MESSAGE);
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

    /** The active people among the participants and the others named, in one statement. */
    private static Map<Long, User> people(AgendaForm form, List<Long> others) {
        Set<Long> ids = new java.util.LinkedHashSet<>(form.participantIds());
        ids.addAll(others);
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<User> users = User.list("id in ?1 and active = true", ids);
        return users.stream().collect(Collectors.toMap(u -> u.id, Function.identity()));
    }

    public static SuperDay find(long id) {
        return Found.or404(SuperDay.<SuperDay>findById(id), "SuperDay", id);
    }

}
