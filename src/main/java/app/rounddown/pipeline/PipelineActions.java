package app.rounddown.pipeline;

import app.rounddown.candidate.Candidate;
import app.rounddown.opening.Opening;
import app.rounddown.web.CurrentActor;
import app.rounddown.web.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;

/**
 * Every change to an application, shared by pages and API. Each runs in one transaction holding the
 * application's row, so two people acting at once are served one after the other and the second is told.
 */
@ApplicationScoped
public class PipelineActions {
    @Inject
    CurrentActor actor;

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
        return Application.start(candidate, opening, actor.name(), Instant.now());
    }

    @Transactional
    public ApplicationEvent move(long id, ApplicationInputs.Move input) {
        return locked(id).moveTo(input.to(), input.seen(), actor.name(), Instant.now());
    }

    @Transactional
    public ApplicationEvent reject(long id, ApplicationInputs.Rejection input) {
        return locked(id).reject(new Reason(input.category(), input.reason().strip()), input.seen(), actor.name(),
                Instant.now());
    }

    @Transactional
    public ApplicationEvent withdraw(long id, ApplicationInputs.Withdrawal input) {
        return locked(id).withdraw(new Reason(input.category(), input.reason().strip()), input.seen(), actor.name(),
                Instant.now());
    }

    @Transactional
    public ApplicationEvent reopen(long id, ApplicationInputs.Reopening input) {
        return locked(id).reopen(input.seen(), actor.name(), Instant.now());
    }

    private static Application locked(long id) {
        return Application.lockForChange(id)
                .orElseThrow(() -> new NotFoundException("There is no application with id " + id + "."));
    }
}
