package app.rounddown.scorecard;

import app.rounddown.pipeline.Stage;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scorecard as the JSON API shows it. */
public record ScorecardView(Long id, Long applicationId, Stage stage, Long interviewerId, String interviewerName,
                            int revision, int kitVersion, Map<String, Scorecard.CriterionRating> ratings,
                            @Schema(nullable = true, description = "none on a draft without one") Integer overall,
                            String overallWord, boolean softThree, @Schema(nullable = true) String takeaways,
                            @Schema(nullable = true) String mildConcerns, @Schema(nullable = true) String askNext,
                            @Schema(nullable = true, description = "none while the card is a draft") Instant submittedAt,
                            @Schema(nullable = true) String amendReason,
                            @Schema(nullable = true, description = "none while the card is a draft") Boolean writtenIndependently) {

    static ScorecardView of(Scorecard c) {
        return new ScorecardView(c.id, c.application.id, c.stage, c.interviewer.id, c.interviewer.name, c.revision,
                c.kit.version, c.ratings, c.overall, c.overallWord(), c.isSoftThree(), c.takeaways, c.mildConcerns,
                c.askNext, c.submittedAt, c.amendReason, c.sawOthers == null ? null : !c.sawOthers);
    }
}
