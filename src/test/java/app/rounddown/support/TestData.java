package app.rounddown.support;

import app.rounddown.people.Role;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.ApplicationStatus;
import app.rounddown.pipeline.Seen;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Assignment;
import app.rounddown.scorecard.InterviewKit;
import app.rounddown.scorecard.Scorecard;
import app.rounddown.scorecard.ScorecardInput;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Test data built in one transaction through the domain's own methods (the same ones the app's actions call),
 * for setups whose HTTP round trips would only slow the suite; what a test is about still goes through HTTP.
 */
@ApplicationScoped
public class TestData {
    private static final List<Stage> INTERVIEWS_BEFORE_SUPERDAY = List.of(Stage.CULTURE, Stage.TECHNICAL, Stage.SMALL_TEAM);

    public static TestData get() {
        return Arc.container().instance(TestData.class).get();
    }

    /** From Applied through the culture, technical and small-team interviews, each a definite yes, to the SuperDay. */
    @Transactional
    public void throughEveryInterviewToTheSuperDay(long applicationId) {
        Application application = Application.findById(applicationId);
        User keeper = gateKeeper();
        Instant now = Instant.now().minus(Duration.ofDays(1));
        application.moveTo(Stage.CULTURE, new Seen(Stage.APPLIED, ApplicationStatus.ACTIVE), "Test data", now);
        for (Stage stage : INTERVIEWS_BEFORE_SUPERDAY) {
            Assignment assignment = Assignment.schedule(application, stage, keeper, now,
                    InterviewKit.current(stage).durationMinutes);
            Scorecard.submitted(assignment, new ScorecardInput(Map.of(), 3, "A definite yes.", null, null), now);
            application.moveTo(stage.next().orElseThrow(), new Seen(stage, ApplicationStatus.ACTIVE), "Test data", now);
        }
    }

    private static User gateKeeper() {
        return User.findByEmail("gate.keeper@rounddown.test").orElseGet(() -> User.create("Gate Keeper",
                "gate.keeper@rounddown.test", "Europe/London", EnumSet.of(Role.INTERVIEWER), Fixtures.PASSWORD));
    }
}
