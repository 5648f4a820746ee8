package app.rounddown.scorecard;

import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Stage;
import app.rounddown.web.FormData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the interview page shows one viewer: the kit, their own card, and the others they may see. */
public record InterviewPage(Application application, Stage stage, InterviewKit kit, Optional<Assignment> myAssignment,
                            Optional<Scorecard> mySubmitted, List<Scorecard> othersVisible, long othersHidden,
                            List<Scorecard> replaced, StageResults.StageReview review, List<Scorecard> askedByPrevious,
                            boolean canWrite) {

    static InterviewPage of(Application application, Stage stage, User viewer) {
        StageResults results = StageResults.of(application);
        StageResults.StageReview review = results.at(application.id, stage);
        Optional<Assignment> mine = review.assignments.stream().filter(a -> a.isAssigned(viewer)).findFirst();
        Optional<Scorecard> submitted = review.latestOf(viewer);
        InterviewKit kit = submitted.map(c -> c.kit).or(() -> review.draftOf(viewer).map(c -> c.kit))
                .orElseGet(() -> InterviewKit.currentFor(stage, application.opening.roleType));
        List<Scorecard> others = review.othersVisibleTo(viewer)
                ? review.current().stream().filter(c -> !c.interviewer.id.equals(viewer.id)).toList() : List.of();
        long hidden = review.othersVisibleTo(viewer) ? 0
                : review.current().stream().filter(c -> !c.interviewer.id.equals(viewer.id)).count();
        List<Scorecard> previousAsks = stage.previous().filter(Gate.INTERVIEW_STAGES::contains)
                .map(previous -> results.at(application.id, previous))
                .filter(previous -> !previous.isPending(viewer))
                .map(previous -> previous.current().stream().filter(c -> c.askNext != null).toList()).orElse(List.of());
        return new InterviewPage(application, stage, kit, mine, submitted, others, hidden,
                review.othersVisibleTo(viewer) ? review.replaced() : List.of(), review, previousAsks, mine.isPresent());
    }

    /** The form as last saved: the draft, or the submitted card when amending. */
    static FormData formOf(Optional<Scorecard> card) {
        Map<String, Object> values = new HashMap<>();
        card.ifPresent(c -> {
            c.ratings.forEach((key, rating) -> {
                values.put("rating." + key, rating.score());
                values.put("note." + key, rating.note());
            });
            values.put("overall", c.overall);
            values.put("takeaways", c.takeaways);
            values.put("mildConcerns", c.mildConcerns);
            values.put("askNext", c.askNext);
        });
        return FormData.of(values);
    }

    public boolean hasSubmitted() {
        return mySubmitted.isPresent();
    }
}
