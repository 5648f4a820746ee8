package app.rounddown.scorecard;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON a card is written with, for the API document only: the body itself is read by hand
 * ({@link ScorecardInput#fromJson}), so that a score must be a whole number from 1 to 4, never 2.5 or "3".
 */
@Schema(name = "ScorecardBody", description = "A card: a rating per criterion of the stage's kit, and the overall score")
record ScorecardBody(
        @Schema(description = "Per criterion key of the kit") Map<String, Rating> ratings,
        @Schema(minimum = "1", maximum = "4", description = "1 strong no, 2 no, 3 yes, 4 strong yes") Integer overall,
        String takeaways, String mildConcerns, String askNext,
        @Schema(description = "Amendments only: why the submitted card changes") String amendReason) {

    record Rating(@Schema(minimum = "1", maximum = "4") Integer score, String note) {
    }
}
