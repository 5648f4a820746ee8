package app.rounddown.decision;

import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.StageResults.StageReview;
import app.rounddown.scorecard.StageResults;
import app.rounddown.superday.SuperDay;
import app.rounddown.superday.SuperDayStatus;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.FormData;
import java.time.Instant;

/** The decision page of one application: the SuperDay result, the clock, and the decision or its form. */
public record DecisionPage(Application application, SuperDay superDay, StageReview review, Decision decision,
                           FormData form, FieldErrors errors, Instant now, User viewer) {

    public static DecisionPage of(Application application, FormData form, FieldErrors errors, User viewer) {
        return of(application, Decision.of(application.id).orElse(null), form, errors, viewer);
    }

    /** With the decision already read (null: none yet). */
    public static DecisionPage of(Application application, Decision decision, FormData form, FieldErrors errors,
                                  User viewer) {
        SuperDay day = SuperDay.<SuperDay>find("application.id = ?1 and status <> ?2 order by startsAt desc",
                application.id, SuperDayStatus.CANCELLED).firstResult();
        StageReview review = StageResults.of(application).at(application.id, Stage.SUPERDAY);
        return new DecisionPage(application, day, review, decision, form, errors, Instant.now(), viewer);
    }

    public DecisionClock clock() {
        return superDay == null ? null : new DecisionClock(superDay.endsAt, now);
    }

    /** Whoever still owes their own SuperDay card sees no one else's, here as everywhere. */
    public boolean resultsVisible() {
        return review.othersVisibleTo(viewer);
    }

    public boolean candidateHasEmail() {
        return application.candidate.email != null && !application.candidate.email.isBlank();
    }

    public boolean open() {
        return decision == null && application.stage == Stage.SUPERDAY && application.status.isActive();
    }
}
