package app.rounddown.scorecard;

import java.util.Collection;
import java.util.OptionalInt;

/**
 * The scoring rules. Scores are whole numbers 1-4 (1 strong no, 2 no, 3 yes, 4 strong yes); anything in
 * between rounds down, because without a definite yes the answer is no: 2.5 is a 2, and so is 2.99.
 */
public final class RoundDown {
    private RoundDown() {
    }

    /** The mean, rounded down; empty when there is nothing to score. */
    public static OptionalInt of(Collection<Integer> scores) {
        if (scores.isEmpty()) {
            return OptionalInt.empty();
        }
        int sum = scores.stream().mapToInt(Integer::intValue).sum();
        return OptionalInt.of(Math.floorDiv(sum, scores.size()));
    }

    public static String word(int score) {
        return switch (score) {
            case 1 -> "Strong no";
            case 2 -> "No";
            case 3 -> "Yes";
            case 4 -> "Strong yes";
            default -> throw new IllegalArgumentException("scores are 1 to 4, not " + score);
        };
    }

    /** A yes that is not quite one: its assessed criteria average below 3, or it carries mild concerns. */
    public static boolean softThree(int overall, Collection<Integer> assessedCriteria, boolean hasMildConcerns) {
        if (overall != 3) {
            return false;
        }
        if (hasMildConcerns) {
            return true;
        }
        int sum = assessedCriteria.stream().mapToInt(Integer::intValue).sum();
        return !assessedCriteria.isEmpty() && sum < 3 * assessedCriteria.size();
    }

    /** Cards two or more points apart (which includes a 1 beside a 4) need a discussion before anyone decides. */
    public static boolean divergent(Collection<Integer> overalls) {
        if (overalls.size() < 2) {
            return false;
        }
        int max = overalls.stream().mapToInt(Integer::intValue).max().orElseThrow();
        int min = overalls.stream().mapToInt(Integer::intValue).min().orElseThrow();
        return max - min >= 2;
    }
}
