package app.rounddown.scorecard;

import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.MoveGate;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The interview gate of a stage, from its cards: the pipeline asks it before every move forward. */
@ApplicationScoped
public class ScorecardGate implements MoveGate {
    @Override
    public List<String> reasonsToHold(Application application, User viewer) {
        return StageResults.of(application).reasonsToHold(application.id, application.stage, viewer);
    }

    @Override
    public List<String> reasonsToHold(Application application) {
        return StageResults.of(application).reasonsToHold(application.id, application.stage);
    }
}
