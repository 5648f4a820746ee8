package app.rounddown.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The handbook's minimum performance line for TAEs: "After your ramp period, you should expect to have a
 * performance conversation with your lead and Ben if: You are under 80% of your annual quota, and You have
 * finished two consecutive quarters under 70% of your quarterly target". Pure rules over recorded quarters.
 */
public final class PerformanceLine {

    public static final String HANDBOOK = "After your ramp period, you should expect to have a performance conversation "
            + "with your lead and Ben if: you are under 80% of your annual quota, and you have finished two consecutive "
            + "quarters under 70% of your quarterly target.";

    private PerformanceLine() {
    }

    /** A finished quarter and the percent of the quarterly target reached in it. */
    public record Quarter(LocalDate quarterStart, int attainmentPercent) {
    }

    /**
     * Where a member stands: the annual attainment over their last four quarters after ramp (each quarter being
     * a quarter of the annual quota, so the average of their percents), and whether their two latest quarters
     * after ramp were consecutive and both under 70%.
     */
    public record Standing(int quartersAfterRamp, BigDecimal annualPercent, boolean twoConsecutiveUnder70) {
        public boolean underEightyOfAnnual() {
            return annualPercent != null && annualPercent.compareTo(BigDecimal.valueOf(80)) < 0;
        }

        public boolean crossed() {
            return underEightyOfAnnual() && twoConsecutiveUnder70;
        }
    }

    /** Quarters that begin once the first three months are over; a quarter partly in the ramp does not count. */
    public static List<Quarter> afterRamp(LocalDate startDate, List<Quarter> recorded) {
        LocalDate rampEnds = startDate.plusMonths(PayPlan.RAMP_MONTHS);
        return recorded.stream().filter(q -> !q.quarterStart().isBefore(rampEnds))
                .sorted(Comparator.comparing(Quarter::quarterStart)).toList();
    }

    public static Standing standing(LocalDate startDate, List<Quarter> recorded) {
        List<Quarter> after = afterRamp(startDate, recorded);
        if (after.isEmpty()) {
            return new Standing(0, null, false);
        }
        List<Quarter> lastYear = after.subList(Math.max(0, after.size() - 4), after.size());
        BigDecimal annual = BigDecimal.valueOf(lastYear.stream().mapToInt(Quarter::attainmentPercent).sum())
                .divide(BigDecimal.valueOf(lastYear.size()), 1, RoundingMode.HALF_EVEN);
        boolean twoUnder = false;
        if (after.size() >= 2) {
            Quarter previous = after.get(after.size() - 2);
            Quarter latest = after.get(after.size() - 1);
            twoUnder = previous.quarterStart().plusMonths(3).equals(latest.quarterStart())
                    && previous.attainmentPercent() < 70 && latest.attainmentPercent() < 70;
        }
        return new Standing(after.size(), annual, twoUnder);
    }
}
