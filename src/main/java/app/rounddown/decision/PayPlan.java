package app.rounddown.decision;

import app.rounddown.opening.RoleType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

/**
 * Sales pay rules from the handbook: base/commission mix by role, ramp pay, quarterly quota and
 * uncapped linear commission. Pure functions; money is BigDecimal, rounded to cents HALF_EVEN only on division.
 */
public final class PayPlan {

    /** Months a new hire is paid fixed at full on-target earnings. */
    public static final int RAMP_MONTHS = 3;

    /** Attainment percentages shown in the what-if table. */
    public static final List<Integer> WHAT_IF_ATTAINMENTS = List.of(0, 50, 75, 100, 150, 200);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private PayPlan() {
    }

    /** Annual and per-period figures for one offer; base + commission always equals ote. */
    public record Split(BigDecimal ote, BigDecimal base, BigDecimal commission, int basePercent,
            BigDecimal rampMonthly, BigDecimal baseMonthly, BigDecimal commissionMonthlyOnTarget,
            BigDecimal commissionQuarterlyOnTarget, String currency) {
    }

    /** One line of the what-if table: commission per quarter and total annual earnings at an attainment. */
    public record WhatIfRow(int attainmentPercent, BigDecimal quarterlyCommission, BigDecimal annualEarnings) {
    }

    /**
     * One line of the what-if table: what the quarter brought in (money sold, or opportunities generated),
     * the commission for that quarter, the first year's earnings (with the ramp) and a steady year's at that
     * attainment.
     */
    public record AttainmentRow(int attainmentPercent, BigDecimal quarterResult, BigDecimal quarterlyCommission,
                                BigDecimal firstYearEarnings, BigDecimal annualEarnings) {
    }

    /** The largest annual quota in opportunities an offer may set. */
    public static final int MOST_OPPORTUNITIES = 1_000_000;

    /** BDRs: "Quota is based on the number of sales qualified opportunities you generate"; everyone else sells money. */
    public static QuotaUnit quotaUnit(RoleType role) {
        return role == RoleType.BUSINESS_DEVELOPMENT_REP ? QuotaUnit.OPPORTUNITIES : QuotaUnit.MONEY;
    }

    /** Whether an annual quota in opportunities is a whole number of them, from 0 to MOST_OPPORTUNITIES. */
    public static boolean wholeOpportunities(BigDecimal annual) {
        return annual != null && annual.signum() >= 0 && annual.stripTrailingZeros().scale() <= 0
                && annual.compareTo(BigDecimal.valueOf(MOST_OPPORTUNITIES)) <= 0;
    }

    /** The what-if table with what each attainment means in the quota's own unit for one quarter. */
    public static List<AttainmentRow> whatIf(Split split, BigDecimal quarterlyQuota, boolean rampGuaranteed) {
        return WHAT_IF_ATTAINMENTS.stream()
                .map(a -> new AttainmentRow(a, percentOf(quarterlyQuota, a), commissionAt(split, a),
                        firstYearEarnings(split, a, rampGuaranteed), split.base().add(annualCommissionAt(split, a))))
                .toList();
    }

    /**
     * The first year at an attainment: with a guaranteed ramp ("In your first 3 months, you'll be paid 100% OTE
     * fixed") three months of OTE and nine of base plus commission as earned; without one, base and commission as
     * earned all year, the same as any other year.
     */
    public static BigDecimal firstYearEarnings(Split split, int attainmentPercent, boolean rampGuaranteed) {
        BigDecimal steadyYear = split.base().add(split.commission().multiply(BigDecimal.valueOf(
                checkedAttainment(attainmentPercent))).divide(HUNDRED));
        if (!rampGuaranteed) {
            return steadyYear.setScale(2, RoundingMode.HALF_EVEN);
        }
        int rest = 12 - RAMP_MONTHS;
        return split.ote().multiply(BigDecimal.valueOf(RAMP_MONTHS)).add(steadyYear.multiply(BigDecimal.valueOf(rest)))
                .divide(TWELVE, 2, RoundingMode.HALF_EVEN);
    }

    /**
     * Whether a role's first three months pay 100% of OTE fixed, until an admin says otherwise. TAEs (and TAMs):
     * "In your first 3 months, you'll be paid 100% OTE fixed." BDRs default to the handbook's other sentence,
     * "There is no guaranteed commission during ramp, as the ramp period for BDRs is much shorter than for
     * TAMs/TAEs." Team leads and CSMs keep the guarantee they have always had here.
     */
    public static boolean rampGuaranteedByDefault(RoleType role) {
        return role != RoleType.BUSINESS_DEVELOPMENT_REP;
    }

    /** What each of the first three months pays: all of OTE fixed, or the base alone with commission as earned. */
    public record RampPay(boolean guaranteed, BigDecimal monthly, BigDecimal threeMonths) {
    }

    public static RampPay rampPay(Split split, boolean guaranteed) {
        BigDecimal monthly = guaranteed ? split.rampMonthly() : split.baseMonthly();
        // A quarter of the yearly amount, not three rounded months: 70,000 a year is 17,500.00, never 17,499.99.
        BigDecimal yearly = guaranteed ? split.ote() : split.base();
        BigDecimal threeMonths = yearly.multiply(BigDecimal.valueOf(RAMP_MONTHS))
                .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        return new RampPay(guaranteed, monthly, threeMonths);
    }

    /**
     * "Commission payments are made at the end of January, April, July, and October": the last day of the
     * month after the quarter the commission was earned in.
     */
    public static LocalDate payoutDateFor(LocalDate dayInQuarter) {
        LocalDate quarterStart = TeamQuota.quarterStartOf(dayInQuarter);
        return YearMonth.from(quarterStart.plusMonths(3)).atEndOfMonth();
    }

    /**
     * The first commission payout for a hire: for the quarter in which commission starts, which is the day after
     * a guaranteed ramp, or the start date when the ramp guarantees no commission.
     */
    public static LocalDate firstPayoutDate(LocalDate startDate, boolean rampGuaranteed) {
        return payoutDateFor(firstCommissionDay(startDate, rampGuaranteed));
    }

    public static LocalDate firstCommissionDay(LocalDate startDate, boolean rampGuaranteed) {
        return rampGuaranteed ? startDate.plusMonths(RAMP_MONTHS) : startDate;
    }

    /**
     * "From your first full quarter as a team lead in Sales, you will move to a 60% base 40% commission split":
     * the quarter starting on the start date, or else the next one.
     */
    public static LocalDate firstFullQuarter(LocalDate startDate) {
        LocalDate quarter = TeamQuota.quarterStartOf(startDate);
        return quarter.equals(startDate) ? quarter : quarter.plusMonths(3);
    }

    public static int defaultBasePercent(RoleType role) {
        return switch (role) {
            case TECHNICAL_ACCOUNT_EXECUTIVE, TECHNICAL_ACCOUNT_MANAGER -> 50;
            case BUSINESS_DEVELOPMENT_REP -> 70;
            case SALES_TEAM_LEAD -> 60;
            // Not in the handbook: CSMs mostly retain existing customers, the least variable
            // outcome of the sales roles, so they get the least variable mix (same as BDRs).
            case CUSTOMER_SUCCESS_MANAGER -> 70;
        };
    }

    /** Splits an offer using the role's default base percent. */
    public static Split split(RoleType role, BigDecimal ote, String currency) {
        return split(ote, currency, defaultBasePercent(role));
    }

    /** Splits an offer with a base percent chosen for this offer (0..100). */
    public static Split split(BigDecimal ote, String currency, int basePercent) {
        if (ote == null || ote.signum() <= 0) {
            throw new IllegalArgumentException("On-target earnings must be a positive amount, got " + ote + ".");
        }
        if (ote.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("On-target earnings must be in whole cents, got " + ote + ".");
        }
        if (basePercent < 0 || basePercent > 100) {
            throw new IllegalArgumentException(
                    "The base percent must be a whole number from 0 to 100, got " + basePercent + ".");
        }
        String code = currencyCode(currency);
        BigDecimal cents = ote.setScale(2);
        BigDecimal base = percentOf(cents, basePercent);
        // Commission is the remainder, never computed separately, so the two always add up to OTE.
        BigDecimal commission = cents.subtract(base);
        return new Split(cents, base, commission, basePercent,
                divide(cents, TWELVE), divide(base, TWELVE), divide(commission, TWELVE), divide(commission, FOUR),
                code);
    }

    /** An annual quota divided into four equal quarters. */
    public static BigDecimal quarterlyQuota(BigDecimal annual) {
        if (annual == null || annual.signum() < 0) {
            throw new IllegalArgumentException("The annual quota must be zero or more, got " + annual + ".");
        }
        return divide(annual, FOUR);
    }

    /** Commission paid for one quarter at this attainment; uncapped and linear (200% pays double). */
    public static BigDecimal commissionAt(Split split, int attainmentPercent) {
        return percentOf(split.commissionQuarterlyOnTarget(), checkedAttainment(attainmentPercent));
    }

    /** Commission for a whole year at this attainment. */
    public static BigDecimal annualCommissionAt(Split split, int attainmentPercent) {
        // From the annual figure, not 4 x quarterly, so 100% gives exactly the on-target commission.
        return percentOf(split.commission(), checkedAttainment(attainmentPercent));
    }

    public static List<WhatIfRow> whatIf(Split split) {
        return WHAT_IF_ATTAINMENTS.stream()
                .map(a -> new WhatIfRow(a, commissionAt(split, a), split.base().add(annualCommissionAt(split, a))))
                .toList();
    }

    private static int checkedAttainment(int attainmentPercent) {
        if (attainmentPercent < 0) {
            throw new IllegalArgumentException(
                    "Attainment cannot be negative, got " + attainmentPercent + "%.");
        }
        return attainmentPercent;
    }

    private static String currencyCode(String currency) {
        try {
            return Currency.getInstance(currency == null ? "" : currency.trim()).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The currency must be an ISO code such as USD, got " + currency + ".");
        }
    }

    private static BigDecimal percentOf(BigDecimal amount, int percent) {
        return divide(amount.multiply(BigDecimal.valueOf(percent)), HUNDRED);
    }

    private static BigDecimal divide(BigDecimal amount, BigDecimal by) {
        return amount.divide(by, 2, RoundingMode.HALF_EVEN);
    }
}
