package app.rounddown.decision;

import app.rounddown.scorecard.RoundDown;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What a rejection draft says went well and what to improve, from the SuperDay panel's criterion scores only:
 * a criterion whose scores round down to 3 or 4 went well, one that rounds down to 1 or 2 is to improve, so no
 * criterion is ever on both lists. Notes and mild concerns are the panel's own words and never go to the candidate.
 */
public final class RejectionPoints {

    public record Points(List<String> wentWell, List<String> toImprove) {
    }

    private RejectionPoints() {
    }

    /** Each card's scores by criterion name, in the kit's order. */
    public static Points from(Collection<Map<String, Integer>> cards) {
        Map<String, List<Integer>> byCriterion = new LinkedHashMap<>();
        cards.forEach(card -> card.forEach((criterion, score) -> {
            if (score != null) {
                byCriterion.computeIfAbsent(criterion, key -> new ArrayList<>()).add(score);
            }
        }));
        List<String> wentWell = new ArrayList<>();
        List<String> toImprove = new ArrayList<>();
        byCriterion.forEach((criterion, scores) -> {
            OptionalInt result = RoundDown.of(scores);
            if (result.isEmpty()) {
                return;
            }
            String named = criterion.isEmpty() ? criterion
                    : Character.toLowerCase(criterion.charAt(0)) + criterion.substring(1);
            if (result.getAsInt() >= 3) {
                wentWell.add("You did well on " + named + ".");
            } else {
                toImprove.add(criterion + ": this is where you did not yet show us what the role needs.");
            }
        });
        return new Points(wentWell, toImprove);
    }
}
