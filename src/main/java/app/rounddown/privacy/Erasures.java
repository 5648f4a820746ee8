package app.rounddown.privacy;

import app.rounddown.audit.Actor;
import app.rounddown.web.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Erasure on request: an admin erases one candidate's personal data, recorded as theirs. */
@ApplicationScoped
public class Erasures {
    @Inject
    EntityManager em;
    @Inject
    Actor current;
    @Inject
    Clock clock;

    /** False if there is no such candidate. */
    @Transactional
    public boolean onRequest(long candidateId) {
        return Erasure.erase(em, candidateId, current.name(), current.actorId(), ErasureCause.REQUEST, clock.now());
    }
}
