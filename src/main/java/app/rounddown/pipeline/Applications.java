package app.rounddown.pipeline;

import app.rounddown.audit.Audit;
import app.rounddown.audit.AuditEntry;
import app.rounddown.candidate.Candidate;
import app.rounddown.opening.Opening;
import app.rounddown.people.CurrentUser;
import app.rounddown.people.Role;
import app.rounddown.people.User;
import app.rounddown.server.Metrics;
import app.rounddown.web.ActionNotAllowed;
import app.rounddown.web.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Every change to an application, shared by pages and API. Each runs in one transaction holding the
 * application's row, so two people acting at once are served one after the other and the second is told.
 */
@ApplicationScoped
public class Applications {
    @Inject
    CultureRejectionMessages cultureMessages;
    @Inject
    CurrentUser current;
    @Inject
    Audit audit;
    @Inject
    Metrics metrics;
    @Inject
    MoveGate gate;
    @Inject
    HireGate hireGate;
    @Inject
    Event<StageChanged> stageChanged;

    @Transactional
    public Application start(ApplicationInputs.NewApplication input) {
        Candidate candidate = Candidate.findById(input.candidateId());
        if (candidate == null) {
            throw InvalidInput.of("candidateId", "There is no candidate with id " + input.candidateId() + ".");
        }
        Opening opening = Opening.findById(input.openingId());
        if (opening == null) {
            throw InvalidInput.of("openingId", "There is no opening with id " + input.openingId() + ".");
        }
        if (!opening.isOpen()) {
            throw InvalidInput.of("openingId", "\u201c" + opening.title + "\u201d is closed; reopen it to add candidates.");
        }
        if (Application.findFor(candidate, opening).isPresent()) {
            throw InvalidInput.of("openingId", candidate.name + " is already in the pipeline for \u201c" + opening.title
                    + "\u201d.");
        }
        Application application = Application.start(candidate, opening, current.name(), Instant.now());
        audit.created("application", application.id, candidate.name + " added to \u201c" + opening.title + "\u201d",
                Map.of("opening", opening.title, "stage", application.stage, "status", application.status),
                candidate.id);
        stageChanged.fire(new StageChanged(application.id, candidate.id, opening.id, EventKind.APPLIED, null,
                application.stage, null, application.status, current.name(), application.createdAt));
        return application;
    }

    /**
     * Moving forward out of an interview stage passes the gate first (cards in, a definite yes, no veto); moving from
     * Offer to Hired needs an accepted offer.
     */
    @Transactional
    public ApplicationEvent move(long id, ApplicationInputs.Move input) {
        return change(id, input.seen(), (a, seen) -> {
            if (seen.matches(a) && a.status == ApplicationStatus.ACTIVE
                    && a.stage.next().filter(input.to()::equals).isPresent()) {
                List<String> reasons = gate.reasonsToHold(a, current.require());
                if (!reasons.isEmpty()) {
                    throw new ActionNotAllowed(String.join(" ", reasons)
                            + " The opening's hiring manager can override this with a written reason.");
                }
                hireHold(a).ifPresent(reason -> {
                    throw new ActionNotAllowed(reason + " An admin can record the hire without one, with a written reason.");
                });
            }
            return counted(a.moveTo(input.to(), seen, current.name(), Instant.now()));
        });
    }

    /**
     * Only a move the gate refuses can be overridden; otherwise the normal move is the honest record. A hire without
     * an accepted offer is an admin's override alone, and the audit log keeps their reason.
     */
    @Transactional
    public ApplicationEvent overrideForward(long id, ApplicationInputs.Override input) {
        String reason = input.reason().strip();
        return change(id, input.seen(), (a, seen) -> {
            Optional<String> noOffer = seen.matches(a) ? hireHold(a) : Optional.empty();
            if (noOffer.isPresent() && !current.require().has(Role.ADMIN)) {
                throw new ActionNotAllowed(noOffer.get() + " Only an admin can record a hire without one.");
            }
            if (seen.matches(a) && noOffer.isEmpty() && gate.reasonsToHold(a).isEmpty()) {
                throw new ActionNotAllowed("The interview results allow this move, so there is nothing to override; "
                        + "move the candidate on normally.");
            }
            ApplicationEvent event = counted(a.overrideForward(reason, seen, current.name(), Instant.now()));
            noOffer.ifPresent(held -> audit.record("application", a.id, "hired without an accepted offer", current.name()
                    + " recorded the hire of " + a.candidate.name + " without an accepted offer (" + held + "): " + reason,
                    Map.of(), a.candidate.id));
            return event;
        });
    }

    /** Why this application, at Offer, may not be hired yet; empty at any other stage. */
    private Optional<String> hireHold(Application application) {
        return application.stage == Stage.OFFER ? hireGate.reasonToHold(application) : Optional.empty();
    }

    /** Every reason a move forward is held, as this viewer may read them: the interview gate's and the hire's. */
    public List<String> reasonsToHold(Application application, User viewer) {
        List<String> reasons = new ArrayList<>(gate.reasonsToHold(application, viewer));
        hireHold(application).ifPresent(reasons::add);
        return reasons;
    }

    @Transactional
    public ApplicationEvent reject(long id, ApplicationInputs.Rejection input) {
        Reason reason = new Reason(input.category(), input.reason().strip());
        ApplicationEvent event = change(id, input.seen(), (a, seen) -> a.reject(reason, seen, current.name(), Instant.now()));
        if (event.toStage == Stage.CULTURE) {
            cultureMessages.draft(event.application);
        }
        return event;
    }

    @Transactional
    public ApplicationEvent withdraw(long id, ApplicationInputs.Withdrawal input) {
        Reason reason = new Reason(input.category(), input.reason().strip());
        return change(id, input.seen(), (a, seen) -> a.withdraw(reason, seen, current.name(), Instant.now()));
    }

    @Transactional
    public ApplicationEvent reopen(long id, ApplicationInputs.Reopening input) {
        return change(id, input.seen(), (a, seen) -> a.reopen(seen, current.name(), Instant.now()));
    }

    private ApplicationEvent counted(ApplicationEvent move) {
        metrics.countOnCommit(Metrics.APPLICATIONS_MOVED, "to", move.toStage.name());
        return move;
    }

    /**
     * A caller who did not say which status they saw (the API's seenStatus is optional) saw at best the status the
     * application had when their request arrived, read before waiting for the row: a change that lands while they
     * wait is a race they lost (409, naming who and when), not a rule they broke (422).
     */
    private ApplicationEvent change(long id, Seen said, BiFunction<Application, Seen, ApplicationEvent> action) {
        Seen seen = said.status() != null ? said : said.withStatus(Application.statusNow(id).orElse(null));
        Application application = Application.lockForChange(id)
                .orElseThrow(() -> new NotFoundException("There is no application with id " + id + "."));
        ApplicationEvent event;
        try {
            event = action.apply(application, seen);
        } catch (ActionNotAllowed refused) {
            throw new ActionNotAllowed(RefusalMessage.of(application.candidate.name, refused.getMessage()));
        }
        stageChanged.fire(StageChanged.of(application, event));
        Map<String, AuditEntry.Change> changes = new LinkedHashMap<>();
        if (event.fromStage != event.toStage) {
            changes.put("stage", new AuditEntry.Change(event.fromStage.name(), event.toStage.name()));
        }
        if (event.fromStatus != event.toStatus) {
            changes.put("status", new AuditEntry.Change(event.fromStatus.name(), event.toStatus.name()));
        }
        audit.record("application", application.id, event.kind.name().toLowerCase(), application.candidate.name + " "
                + event.describe() + " (\u201c" + application.opening.title + "\u201d)", changes,
                application.candidate.id);
        return event;
    }
}
