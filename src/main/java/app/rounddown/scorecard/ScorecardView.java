package app.rounddown.scorecard;

import app.rounddown.pipeline.Stage;
import java.time.Instant;
import java.util.Map;

/** A scorecard as the JSON API shows it. */
public record ScorecardView(Long id, Long applicationId, Stage stage, Long interviewerId, String interviewerName,
                            int revision, int kitVersion, Map<String, Scorecard.CriterionRating> ratings, Integer overall,
                            String overallWord, boolean softThree, String takeaways, String mildConcerns, String askNext,
                            Instant submittedAt, String amendReason, Boolean writtenIndependently) {

    static ScorecardView of(Scorecard c) {
        return new ScorecardView(c.id, c.application.id, c.stage, c.interviewer.id, c.interviewer.name, c.revision,
                c.kit.version, c.ratings, c.overall, c.overallWord(), c.isSoftThree(), c.takeaways, c.mildConcerns,
                c.askNext, c.submittedAt, c.amendReason, c.sawOthers == null ? null : !c.sawOthers);
    }
}
