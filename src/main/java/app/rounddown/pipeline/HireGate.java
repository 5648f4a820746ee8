package app.rounddown.pipeline;

import java.util.Optional;

/**
 * Why an application at Offer may not be marked hired yet: a hire needs an accepted offer. The decision room
 * answers; the pipeline knows no offers. Only an admin may hire without one, with a written reason.
 */
public interface HireGate {
    /** Empty when the candidate has accepted their offer; otherwise why the hire must wait, naming the candidate. */
    Optional<String> reasonToHold(Application application);
}
