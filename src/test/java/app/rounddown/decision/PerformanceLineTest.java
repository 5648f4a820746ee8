package app.rounddown.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.decision.PerformanceLine.Quarter;
import app.rounddown.decision.PerformanceLine.Standing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "After your ramp period, you should expect to have a performance conversation with your lead and Ben if:
 * You are under 80% of your annual quota, and You have finished two consecutive quarters under 70% of your
 * quarterly target".
 */
class PerformanceLineTest {

    private static final LocalDate STARTED = LocalDate.of(2025, 1, 6);

    private static Standing after(int... percents) {
        // Ramp ends 6 April 2025, so Q2 2025 is partly ramp; the quarters recorded here start with Q3 2025.
        LocalDate quarter = LocalDate.of(2025, 7, 1);
        List<Quarter> quarters = new java.util.ArrayList<>();
        for (int percent : percents) {
            quarters.add(new Quarter(quarter, percent));
            quarter = quarter.plusMonths(3);
        }
        return PerformanceLine.standing(STARTED, quarters);
    }

    @Test
    void twoConsecutiveQuartersUnder70AndUnder80OfTheAnnualQuotaCrossTheLine() {
        Standing standing = after(100, 69, 69);
        assertEquals(new BigDecimal("79.3"), standing.annualPercent());
        assertTrue(standing.twoConsecutiveUnder70());
        assertTrue(standing.crossed());
    }

    @Test
    void exactly70IsNotUnder70() {
        assertFalse(after(69, 70).crossed());
        assertFalse(after(70, 69).twoConsecutiveUnder70());
    }

    @Test
    void twoQuartersUnder70ButAtLeast80OfTheAnnualQuotaDoNotCrossTheLine() {
        Standing standing = after(150, 110, 60, 60);
        assertEquals(new BigDecimal("95.0"), standing.annualPercent());
        assertTrue(standing.twoConsecutiveUnder70());
        assertFalse(standing.crossed());
    }

    @Test
    void exactly80OfTheAnnualQuotaIsNotUnder80() {
        Standing standing = after(112, 120, 60, 28);
        assertEquals(new BigDecimal("80.0"), standing.annualPercent());
        assertFalse(standing.crossed());
        assertTrue(after(112, 120, 60, 27).crossed());
    }

    @Test
    void underEightyWithOnlyOneQuarterUnder70DoesNotCrossTheLine() {
        assertFalse(after(60, 75, 60).crossed());
    }

    @Test
    void quartersThatAreNotConsecutiveAreNotTwoConsecutiveQuarters() {
        List<Quarter> gap = List.of(new Quarter(LocalDate.of(2025, 7, 1), 50), new Quarter(LocalDate.of(2026, 1, 1), 50));
        assertFalse(PerformanceLine.standing(STARTED, gap).twoConsecutiveUnder70());
    }

    /** "After your ramp period": quarters that begin within the first three months do not count. */
    @Test
    void quartersBeginningDuringTheRampDoNotCount() {
        List<Quarter> inRamp = List.of(new Quarter(LocalDate.of(2025, 1, 1), 10), new Quarter(LocalDate.of(2025, 4, 1), 10));
        Standing standing = PerformanceLine.standing(STARTED, inRamp);
        assertEquals(0, standing.quartersAfterRamp());
        assertFalse(standing.crossed());
    }

    @Test
    void onlyTheLastFourQuartersMakeTheAnnualFigure() {
        assertEquals(new BigDecimal("50.0"), after(200, 50, 50, 50, 50).annualPercent());
    }
}
