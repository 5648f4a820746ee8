package app.rounddown.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.decision.PayPlan.Split;
import app.rounddown.decision.PayPlan.WhatIfRow;
import app.rounddown.opening.RoleType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayPlanTest {

    private static final BigDecimal OTE = new BigDecimal("120000");

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    private static void assertSplit(RoleType role, int percent, String base, String commission) {
        Split split = PayPlan.split(role, OTE, "USD");
        assertEquals(percent, split.basePercent(), role.name());
        assertEquals(usd(base), split.base(), role.name());
        assertEquals(usd(commission), split.commission(), role.name());
        assertEquals("USD", split.currency());
    }

    @Test
    void aTechnicalAccountExecutiveIsPaid50Base50Commission() {
        assertSplit(RoleType.TECHNICAL_ACCOUNT_EXECUTIVE, 50, "60000.00", "60000.00");
    }

    @Test
    void aTechnicalAccountManagerIsPaid50Base50Commission() {
        assertSplit(RoleType.TECHNICAL_ACCOUNT_MANAGER, 50, "60000.00", "60000.00");
    }

    @Test
    void aBusinessDevelopmentRepIsPaid70Base30Commission() {
        assertSplit(RoleType.BUSINESS_DEVELOPMENT_REP, 70, "84000.00", "36000.00");
    }

    @Test
    void aSalesTeamLeadIsPaid60Base40Commission() {
        assertSplit(RoleType.SALES_TEAM_LEAD, 60, "72000.00", "48000.00");
    }

    @Test
    void aCustomerSuccessManagerIsPaid70Base30Commission() {
        assertSplit(RoleType.CUSTOMER_SUCCESS_MANAGER, 70, "84000.00", "36000.00");
    }

    @Test
    void everyRoleHasADefaultBasePercent() {
        for (RoleType role : RoleType.values()) {
            int percent = PayPlan.defaultBasePercent(role);
            assertTrue(percent >= 0 && percent <= 100, role.name());
        }
    }

    @Test
    void baseAndCommissionAlwaysAddUpToAnOddOte() {
        BigDecimal odd = usd("100001.01");
        for (RoleType role : RoleType.values()) {
            Split split = PayPlan.split(role, odd, "USD");
            assertEquals(odd, split.base().add(split.commission()), role.name());
        }
        for (int percent = 0; percent <= 100; percent++) {
            Split split = PayPlan.split(odd, "USD", percent);
            assertEquals(odd, split.base().add(split.commission()), "base " + percent + "%");
        }
    }

    @Test
    void halfACentOfBaseRoundsToTheEvenCentAndCommissionTakesTheRest() {
        Split split = PayPlan.split(usd("100001.01"), "USD", 50);
        assertEquals(usd("50000.50"), split.base());
        assertEquals(usd("50000.51"), split.commission());
    }

    @Test
    void theBasePercentCanBeOverriddenForOneOffer() {
        Split split = PayPlan.split(OTE, "USD", 80);
        assertEquals(usd("96000.00"), split.base());
        assertEquals(usd("24000.00"), split.commission());
    }

    @Test
    void allBaseOrAllCommissionAreAllowed() {
        assertEquals(usd("0.00"), PayPlan.split(OTE, "USD", 0).base());
        assertEquals(usd("0.00"), PayPlan.split(OTE, "USD", 100).commission());
    }

    @Test
    void aBasePercentOutside0To100IsRejected() {
        IllegalArgumentException below = assertThrows(IllegalArgumentException.class,
                () -> PayPlan.split(OTE, "USD", -1));
        assertEquals("The base percent must be a whole number from 0 to 100, got -1.", below.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PayPlan.split(OTE, "USD", 101));
    }

    @Test
    void oteMustBePositive() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> PayPlan.split(RoleType.SALES_TEAM_LEAD, BigDecimal.ZERO, "USD"));
        assertEquals("On-target earnings must be a positive amount, got 0.", zero.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> PayPlan.split(RoleType.SALES_TEAM_LEAD, usd("-1"), "USD"));
        assertThrows(IllegalArgumentException.class,
                () -> PayPlan.split(RoleType.SALES_TEAM_LEAD, null, "USD"));
    }

    @Test
    void oteIsInWholeCents() {
        assertThrows(IllegalArgumentException.class,
                () -> PayPlan.split(RoleType.SALES_TEAM_LEAD, usd("120000.005"), "USD"));
    }

    @Test
    void anUnknownCurrencyIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PayPlan.split(RoleType.SALES_TEAM_LEAD, OTE, "dollars"));
        assertEquals("The currency must be an ISO code such as USD, got dollars.", e.getMessage());
    }

    @Test
    void duringRampTheMonthlyPayIsATwelfthOfOte() {
        assertEquals(usd("10000.00"), PayPlan.split(RoleType.BUSINESS_DEVELOPMENT_REP, OTE, "USD").rampMonthly());
    }

    @Test
    void afterRampBaseIsPaidMonthlyAndCommissionQuarterlyOnTarget() {
        Split split = PayPlan.split(RoleType.BUSINESS_DEVELOPMENT_REP, OTE, "USD");
        assertEquals(usd("7000.00"), split.baseMonthly());
        assertEquals(usd("3000.00"), split.commissionMonthlyOnTarget());
        assertEquals(usd("9000.00"), split.commissionQuarterlyOnTarget());
    }

    @Test
    void monthlyFiguresRoundToTheCent() {
        Split split = PayPlan.split(usd("100001.01"), "USD", 50);
        assertEquals(usd("8333.42"), split.rampMonthly());
        assertEquals(usd("4166.71"), split.baseMonthly());
        assertEquals(usd("12500.13"), split.commissionQuarterlyOnTarget());
    }

    @Test
    void anAnnualQuotaSplitsIntoFourEqualQuarters() {
        assertEquals(usd("250000.00"), PayPlan.quarterlyQuota(usd("1000000")));
    }

    @Test
    void aNegativeQuotaIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> PayPlan.quarterlyQuota(usd("-1")));
    }

    @Test
    void commissionIsLinearInAttainmentAndUncapped() {
        Split split = PayPlan.split(RoleType.TECHNICAL_ACCOUNT_EXECUTIVE, OTE, "USD");
        assertEquals(usd("0.00"), PayPlan.commissionAt(split, 0));
        assertEquals(usd("15000.00"), PayPlan.commissionAt(split, 100));
        assertEquals(usd("30000.00"), PayPlan.commissionAt(split, 200));
        assertEquals(usd("45000.00"), PayPlan.commissionAt(split, 300));
        assertEquals(usd("60000.00"), PayPlan.annualCommissionAt(split, 100));
        assertEquals(usd("120000.00"), PayPlan.annualCommissionAt(split, 200));
    }

    @Test
    void negativeAttainmentIsRejected() {
        Split split = PayPlan.split(RoleType.TECHNICAL_ACCOUNT_EXECUTIVE, OTE, "USD");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PayPlan.commissionAt(split, -1));
        assertEquals("Attainment cannot be negative, got -1%.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PayPlan.annualCommissionAt(split, -1));
    }

    @Test
    void theWhatIfTableShowsQuarterlyCommissionAndAnnualEarningsPerAttainment() {
        Split split = PayPlan.split(RoleType.TECHNICAL_ACCOUNT_EXECUTIVE, OTE, "USD");
        assertEquals(List.of(
                new WhatIfRow(0, usd("0.00"), usd("60000.00")),
                new WhatIfRow(50, usd("7500.00"), usd("90000.00")),
                new WhatIfRow(75, usd("11250.00"), usd("105000.00")),
                new WhatIfRow(100, usd("15000.00"), usd("120000.00")),
                new WhatIfRow(150, usd("22500.00"), usd("150000.00")),
                new WhatIfRow(200, usd("30000.00"), usd("180000.00"))),
                PayPlan.whatIf(split));
    }

    @Test
    void atFullAttainmentAnnualEarningsEqualOteEvenForAnOddOte() {
        Split split = PayPlan.split(usd("100001.01"), "USD", 50);
        WhatIfRow onTarget = PayPlan.whatIf(split).get(3);
        assertEquals(100, onTarget.attainmentPercent());
        assertEquals(usd("100001.01"), onTarget.annualEarnings());
    }

    /** "Quota is based on the number of sales qualified opportunities you generate". */
    @Test
    void aBdrQuotaCountsOpportunitiesAndEveryOtherSalesQuotaMoney() {
        assertEquals(QuotaUnit.OPPORTUNITIES, PayPlan.quotaUnit(RoleType.BUSINESS_DEVELOPMENT_REP));
        assertEquals(QuotaUnit.MONEY, PayPlan.quotaUnit(RoleType.TECHNICAL_ACCOUNT_EXECUTIVE));
        assertEquals(QuotaUnit.MONEY, PayPlan.quotaUnit(RoleType.TECHNICAL_ACCOUNT_MANAGER));
    }

    @Test
    void aBdrQuotaIsAWholeNumberOfOpportunities() {
        assertTrue(PayPlan.wholeOpportunities(usd("120")));
        assertTrue(PayPlan.wholeOpportunities(usd("120.00")));
        assertTrue(PayPlan.wholeOpportunities(usd("0")));
        assertFalse(PayPlan.wholeOpportunities(usd("120.5")));
        assertFalse(PayPlan.wholeOpportunities(usd("-1")));
        assertFalse(PayPlan.wholeOpportunities(usd("1000001")));
        assertFalse(PayPlan.wholeOpportunities(null));
    }

    /** "Your quota is set for the year and then divided by 4 - this means you don't have to cram meetings into the end of a quarter." */
    @Test
    void aBdrsAnnualOpportunitiesAreDividedBy4() {
        assertEquals(usd("30.00"), PayPlan.quarterlyQuota(usd("120")));
        assertEquals(usd("12.50"), PayPlan.quarterlyQuota(usd("50")));
    }

    /** "Hit 100% quota, get 100% of commission. 0% for 0%. And 200% for 200%." */
    @Test
    void aBdrsWhatIfTableCountsOpportunitiesAndCommissionStaysLinearAndUncapped() {
        Split split = PayPlan.split(RoleType.BUSINESS_DEVELOPMENT_REP, OTE, "USD");
        List<PayPlan.AttainmentRow> rows = PayPlan.whatIf(split, PayPlan.quarterlyQuota(usd("120")), false);
        assertEquals(new PayPlan.AttainmentRow(0, usd("0.00"), usd("0.00"), usd("84000.00"), usd("84000.00")), rows.get(0));
        assertEquals(new PayPlan.AttainmentRow(100, usd("30.00"), usd("9000.00"), usd("120000.00"), usd("120000.00")),
                rows.get(3));
        assertEquals(new PayPlan.AttainmentRow(200, usd("60.00"), usd("18000.00"), usd("156000.00"), usd("156000.00")),
                rows.get(5));
    }

    /**
     * "In your first 3 months, you'll be paid 100% OTE fixed": the what-if table's first year has three months of OTE
     * and nine of base plus commission at the attainment; the steady year after it has twelve (issue 17, item 15).
     */
    @Test
    void theFirstYearCountsTheRampAndTheYearAfterItIsSteady() {
        Split split = PayPlan.split(RoleType.TECHNICAL_ACCOUNT_EXECUTIVE, OTE, "USD");
        List<PayPlan.AttainmentRow> rows = PayPlan.whatIf(split, PayPlan.quarterlyQuota(usd("400000")), true);
        assertEquals(usd("75000.00"), rows.get(0).firstYearEarnings(), "30,000 of ramp + 9 months of 60,000 base");
        assertEquals(usd("60000.00"), rows.get(0).annualEarnings());
        assertEquals(usd("120000.00"), rows.get(3).firstYearEarnings(), "on target, the ramp changes nothing");
        assertEquals(usd("165000.00"), rows.get(5).firstYearEarnings(), "30,000 + 9 months of 180,000");
        assertEquals(usd("180000.00"), rows.get(5).annualEarnings());
        assertEquals(rows.get(5).annualEarnings(), PayPlan.whatIf(split, PayPlan.quarterlyQuota(usd("400000")), false)
                .get(5).firstYearEarnings(), "without a guaranteed ramp the first year is like any other");
    }

    /** TAEs: "In your first 3 months, you'll be paid 100% OTE fixed." */
    @Test
    void aGuaranteedRampPaysAllOfOteFixedForThreeMonths() {
        assertTrue(PayPlan.rampGuaranteedByDefault(RoleType.TECHNICAL_ACCOUNT_EXECUTIVE));
        assertTrue(PayPlan.rampGuaranteedByDefault(RoleType.TECHNICAL_ACCOUNT_MANAGER));
        PayPlan.RampPay ramp = PayPlan.rampPay(PayPlan.split(RoleType.TECHNICAL_ACCOUNT_EXECUTIVE, OTE, "USD"), true);
        assertEquals(usd("10000.00"), ramp.monthly());
        assertEquals(usd("30000.00"), ramp.threeMonths());
    }

    /** BDRs: "There is no guaranteed commission during ramp, as the ramp period for BDRs is much shorter than for TAMs/TAEs." */
    @Test
    void aBdrsRampIsNotGuaranteedByDefaultAndThenPaysTheBaseAlone() {
        assertFalse(PayPlan.rampGuaranteedByDefault(RoleType.BUSINESS_DEVELOPMENT_REP));
        PayPlan.RampPay ramp = PayPlan.rampPay(PayPlan.split(RoleType.BUSINESS_DEVELOPMENT_REP, OTE, "USD"), false);
        assertEquals(usd("7000.00"), ramp.monthly());
        assertEquals(usd("21000.00"), ramp.threeMonths());
    }

    /** Three months are a quarter of the year: 70,000 a year pays 17,500.00, not three rounded months (17,499.99). */
    @Test
    void theRampsThreeMonthsAreAQuarterOfTheYearNotThreeRoundedMonths() {
        PayPlan.RampPay ramp = PayPlan.rampPay(PayPlan.split(RoleType.BUSINESS_DEVELOPMENT_REP, usd("100000"), "USD"), false);
        assertEquals(usd("5833.33"), ramp.monthly());
        assertEquals(0, new java.math.BigDecimal("17500.00").compareTo(ramp.threeMonths()), ramp.threeMonths().toString());
    }

    /** "Commission payments are made at the end of January, April, July, and October." */
    @Test
    void commissionForAQuarterIsPaidAtTheEndOfTheMonthAfterIt() {
        assertEquals(LocalDate.of(2027, 4, 30), PayPlan.payoutDateFor(LocalDate.of(2027, 1, 1)));
        assertEquals(LocalDate.of(2027, 7, 31), PayPlan.payoutDateFor(LocalDate.of(2027, 6, 30)));
        assertEquals(LocalDate.of(2027, 10, 31), PayPlan.payoutDateFor(LocalDate.of(2027, 8, 15)));
        assertEquals(LocalDate.of(2028, 1, 31), PayPlan.payoutDateFor(LocalDate.of(2027, 12, 31)));
    }

    /** "In your first 3 months, you'll be paid 100% OTE fixed": commission starts after them. */
    @Test
    void theFirstPayoutIsForTheQuarterInWhichTheRampEnds() {
        // Starts 8 Jan 2027: ramp to 8 Apr, so Q2's commission is the first, paid at the end of July.
        assertEquals(LocalDate.of(2027, 7, 31), PayPlan.firstPayoutDate(LocalDate.of(2027, 1, 8), true));
        // Starts 1 Jan: ramp to 1 Apr, the first day of Q2, again paid at the end of July.
        assertEquals(LocalDate.of(2027, 7, 31), PayPlan.firstPayoutDate(LocalDate.of(2027, 1, 1), true));
        // Starts 15 Nov: ramp to 15 Feb, so Q1's commission is paid at the end of April.
        assertEquals(LocalDate.of(2028, 4, 30), PayPlan.firstPayoutDate(LocalDate.of(2027, 11, 15), true));
    }

    /** BDRs: "There is no guaranteed commission during ramp": commission, and its first payout, start at once. */
    @Test
    void withoutARampGuaranteeTheFirstPayoutIsForTheStartQuarter() {
        assertEquals(LocalDate.of(2027, 4, 30), PayPlan.firstPayoutDate(LocalDate.of(2027, 1, 8), false));
    }

    /** "From your first full quarter as a team lead in Sales, you will move to a 60% base 40% commission split." */
    @Test
    void aTeamLeadsFirstFullQuarterIsTheNextOneUnlessTheyStartOnAQuartersFirstDay() {
        assertEquals(LocalDate.of(2027, 4, 1), PayPlan.firstFullQuarter(LocalDate.of(2027, 1, 8)));
        assertEquals(LocalDate.of(2027, 4, 1), PayPlan.firstFullQuarter(LocalDate.of(2027, 3, 31)));
        assertEquals(LocalDate.of(2027, 4, 1), PayPlan.firstFullQuarter(LocalDate.of(2027, 4, 1)));
        assertEquals(60, PayPlan.defaultBasePercent(RoleType.SALES_TEAM_LEAD));
    }
}
