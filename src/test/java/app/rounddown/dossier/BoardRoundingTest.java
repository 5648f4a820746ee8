package app.rounddown.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.scorecard.RoundDown;
import app.rounddown.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The board computes each card's result in SQL, next to its other columns; the rule is RoundDown's. "A
 * candidate between 2 and 3 is a 2": every panel of one to four cards scored 1 to 4 gets the same result both ways.
 */
@QuarkusTest
class BoardRoundingTest {
    @Inject
    Database database;

    @Test
    void theBoardRoundsDownAndFlagsDivergenceExactlyAsRoundDownDoes() {
        List<String> differences = new ArrayList<>();
        for (List<Integer> panel : panels()) {
            String values = panel.stream().map(score -> "(" + score + ")").collect(Collectors.joining(", "));
            String sql = "select " + BoardPage.ROUNDED_DOWN_MEAN + " || ' ' || " + BoardPage.DIVERGENT
                    + " from (values " + values + ") s(overall)";
            OptionalInt rule = RoundDown.of(panel);
            String expected = rule.getAsInt() + " " + RoundDown.divergent(panel);
            String board = database.text(sql);
            if (!expected.equals(board)) {
                differences.add(panel + ": rule " + expected + ", board " + board);
            }
        }
        assertEquals(List.of(), differences);
    }

    private static List<List<Integer>> panels() {
        List<List<Integer>> panels = new ArrayList<>();
        List<List<Integer>> previous = List.of(List.of());
        for (int size = 1; size <= 4; size++) {
            List<List<Integer>> next = new ArrayList<>();
            for (List<Integer> panel : previous) {
                for (int score = 1; score <= 4; score++) {
                    List<Integer> longer = new ArrayList<>(panel);
                    longer.add(score);
                    next.add(longer);
                }
            }
            panels.addAll(next);
            previous = next;
        }
        return panels;
    }
}
