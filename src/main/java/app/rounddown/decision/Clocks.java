package app.rounddown.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;

/** The decision clock for templates: queues and the candidate page show the time left. */
@ApplicationScoped
@Named("clocks")
public class Clocks {
    public DecisionClock decision(Instant superDayEnded, Instant now) {
        return new DecisionClock(superDayEnded, now);
    }
}
