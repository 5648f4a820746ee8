package app.rounddown.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A team's target for one calendar quarter, as the handbook sets it: only the people on the team when the
 * quarter begins count, ramped members with their full quarterly quota and members who begin the quarter
 * still in their first three months with half. Someone joining mid-quarter does not change that quarter's
 * target; someone leaving changes it only when the hiring manager recalculates it.
 */
public final class TeamQuota {

    private TeamQuota() {
    }

    /** A team member as the quota sees them; endDate is null while they stay on the team. */
    public record Member(LocalDate startDate, LocalDate endDate, BigDecimal quarterlyQuota, QuotaUnit unit) {
        public Member {
            if (startDate == null) {
                throw new IllegalArgumentException("A team member needs a start date.");
            }
            if (quarterlyQuota == null || quarterlyQuota.signum() < 0) {
                throw new IllegalArgumentException("A quarterly quota must be zero or more, got " + quarterlyQuota + ".");
            }
            if (unit == null) {
                throw new IllegalArgumentException("A team member's quota needs a unit.");
            }
            if (endDate != null && endDate.isBefore(startDate)) {
                throw new IllegalArgumentException("A team member cannot leave before they start.");
            }
        }

        public Member(LocalDate startDate, BigDecimal quarterlyQuota) {
            this(startDate, null, quarterlyQuota, QuotaUnit.MONEY);
        }

        public Member(LocalDate startDate, LocalDate endDate, BigDecimal quarterlyQuota) {
            this(startDate, endDate, quarterlyQuota, QuotaUnit.MONEY);
        }

        /** True when they leave the team on or before the given day's end of quarter. */
        boolean leavesBy(LocalDate day) {
            return endDate != null && !endDate.isAfter(day);
        }
    }

    /** The first quarter a hire counts in, and how much of their quarterly quota counts then. */
    public record FirstCount(LocalDate quarterStart, int percent, BigDecimal counted) {
    }

    /** First day of the calendar quarter containing the date (Jan 1, Apr 1, Jul 1 or Oct 1). */
    public static LocalDate quarterStartOf(LocalDate date) {
        int firstMonth = (date.getMonthValue() - 1) / 3 * 3 + 1;
        return LocalDate.of(date.getYear(), firstMonth, 1);
    }

    /** The team target for the quarter: who was on the team when it began, leavers included until a recalculation. */
    public static BigDecimal forQuarter(LocalDate quarterStart, List<Member> members) {
        checkQuarterStart(quarterStart);
        return members.stream()
                .map(m -> countedQuota(quarterStart, m))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /**
     * The target recalculated without the members who leave by the end of the quarter. The handbook leaves this
     * to judgment ("we may recalculate"), so it is only ever done when the hiring manager asks for it.
     */
    public static BigDecimal recalculated(LocalDate quarterStart, List<Member> members) {
        checkQuarterStart(quarterStart);
        LocalDate lastDay = quarterStart.plusMonths(3).minusDays(1);
        return forQuarter(quarterStart, members.stream().filter(m -> !m.leavesBy(lastDay)).toList());
    }

    /**
     * The one unit the quarter's team quota is added up in, or empty when the people counted mix money and
     * opportunities (or one of them has a unit still to confirm): such a roster is not added up at all.
     */
    public static Optional<QuotaUnit> unitOf(LocalDate quarterStart, List<Member> members) {
        checkQuarterStart(quarterStart);
        Set<QuotaUnit> units = members.stream().filter(m -> onTeamAt(quarterStart, m)).map(Member::unit)
                .collect(Collectors.toSet());
        if (units.contains(QuotaUnit.TO_CONFIRM) || units.size() > 1) {
            return Optional.empty();
        }
        return Optional.of(units.isEmpty() ? QuotaUnit.MONEY : units.iterator().next());
    }

    /** True when the member has started by the quarter's first day and not left before it. */
    public static boolean onTeamAt(LocalDate quarterStart, Member member) {
        return !member.startDate().isAfter(quarterStart) && !member.leavesBy(quarterStart.minusDays(1));
    }

    /** True when the member is still within their first three months on the quarter's first day. */
    public static boolean rampingAt(LocalDate quarterStart, Member member) {
        return member.startDate().plusMonths(PayPlan.RAMP_MONTHS).isAfter(quarterStart);
    }

    /** How much of this member's quarterly quota counts toward the team in this quarter. */
    public static BigDecimal countedQuota(LocalDate quarterStart, Member member) {
        checkQuarterStart(quarterStart);
        if (!onTeamAt(quarterStart, member)) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal quota = member.quarterlyQuota().setScale(2, RoundingMode.HALF_EVEN);
        return rampingAt(quarterStart, member) ? quota.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN) : quota;
    }

    /** The first quarter that begins on or after the start date, the first one the hire is on the team for. */
    public static LocalDate firstQuarterCounted(LocalDate startDate) {
        LocalDate quarter = quarterStartOf(startDate);
        return quarter.equals(startDate) ? quarter : quarter.plusMonths(3);
    }

    public static FirstCount firstCount(Member hire) {
        LocalDate quarter = firstQuarterCounted(hire.startDate());
        return new FirstCount(quarter, rampingAt(quarter, hire) ? 50 : 100, countedQuota(quarter, hire));
    }

    /** "Q2 2027". */
    public static String name(LocalDate quarterStart) {
        return "Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1) + " " + quarterStart.getYear();
    }

    private static void checkQuarterStart(LocalDate quarterStart) {
        if (quarterStart == null || !quarterStart.equals(quarterStartOf(quarterStart))) {
            throw new IllegalArgumentException(
                    "A quarter starts on Jan 1, Apr 1, Jul 1 or Oct 1, got " + quarterStart + ".");
        }
    }
}
