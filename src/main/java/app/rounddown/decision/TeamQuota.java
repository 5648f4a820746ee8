package app.rounddown.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A team's quota for one calendar quarter: ramped members count their full quarterly quota,
 * members still within their first three months when the quarter starts count half.
 */
public final class TeamQuota {

    private TeamQuota() {
    }

    /** A team member as the quota sees them. */
    public record Member(LocalDate startDate, BigDecimal quarterlyQuota) {
        public Member {
            if (startDate == null) {
                throw new IllegalArgumentException("A team member needs a start date.");
            }
            if (quarterlyQuota == null || quarterlyQuota.signum() < 0) {
                throw new IllegalArgumentException("A quarterly quota must be zero or more, got " + quarterlyQuota + ".");
            }
        }
    }

    /** The team quota before and after adding one hire. */
    public record HireImpact(BigDecimal before, BigDecimal after) {
        public BigDecimal added() {
            return after.subtract(before);
        }
    }

    /** First day of the calendar quarter containing the date (Jan 1, Apr 1, Jul 1 or Oct 1). */
    public static LocalDate quarterStartOf(LocalDate date) {
        int firstMonth = (date.getMonthValue() - 1) / 3 * 3 + 1;
        return LocalDate.of(date.getYear(), firstMonth, 1);
    }

    public static BigDecimal forQuarter(LocalDate quarterStart, List<Member> members) {
        checkQuarterStart(quarterStart);
        return members.stream()
                .map(m -> countedQuota(quarterStart, m))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public static HireImpact withHire(LocalDate quarterStart, List<Member> members, Member hire) {
        List<Member> after = new ArrayList<>(members);
        after.add(hire);
        return new HireImpact(forQuarter(quarterStart, members), forQuarter(quarterStart, after));
    }

    /** True when the member is still within their ramp on the quarter's first day (or starts during it). */
    public static boolean rampingAt(LocalDate quarterStart, Member member) {
        return member.startDate().plusMonths(PayPlan.RAMP_MONTHS).isAfter(quarterStart);
    }

    /** How much of this member's quarterly quota counts toward the team in this quarter. */
    public static BigDecimal countedQuota(LocalDate quarterStart, Member member) {
        checkQuarterStart(quarterStart);
        BigDecimal quota = member.quarterlyQuota().setScale(2, RoundingMode.HALF_EVEN);
        // Someone starting after this quarter is not on the team yet, so carries none of its quota.
        if (!member.startDate().isBefore(quarterStart.plusMonths(3))) {
            return BigDecimal.ZERO.setScale(2);
        }
        return rampingAt(quarterStart, member) ? quota.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN) : quota;
    }

    private static void checkQuarterStart(LocalDate quarterStart) {
        if (quarterStart == null || !quarterStart.equals(quarterStartOf(quarterStart))) {
            throw new IllegalArgumentException(
                    "A quarter starts on Jan 1, Apr 1, Jul 1 or Oct 1, got " + quarterStart + ".");
        }
    }
}
