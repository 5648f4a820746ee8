package app.rounddown.reports;

import static app.rounddown.reports.SuperDayRows.applicant;
import static app.rounddown.reports.SuperDayRows.cancelled;
import static app.rounddown.reports.SuperDayRows.hired;
import static app.rounddown.reports.SuperDayRows.paid;
import static app.rounddown.reports.SuperDayRows.superDay;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SuperDay money. The handbook: "This is a paid full day of work"; the app's rule (SuperDay.amountDue): the fee once
 * the day is held, the cancellation fee when the company cancels, nothing when the candidate does; the candidate may
 * donate the fee. Amounts stay in their currency.
 */
@QuarkusTest
class SuperDayMoneyReportTest {
    private static final String RANGE = "from=2026-04-01&to=2026-05-31";
    private static Fixtures.Person mona;
    private static long usd;
    private static long eur;
    private static long elsewhere;

    /**
     * Mona's USD opening: Abe held 10 Apr (1,000 paid), Bea held 20 Apr (1,000 donated), Cy held 5 May (1,200 unpaid),
     * Di cancelled by the company 10 May (500, paid), Ed cancelled by the candidate 11 May (nothing owed); hires 20 and
     * 25 May (and one in July, outside the range). Her EUR opening: Flo held 12 Apr (800 paid), a hire 1 May.
     */
    @BeforeEach
    void setUp() {
        if (mona != null) {
            return;
        }
        mona = Fixtures.person(Fixtures.unique("Mona Money"), "HIRING_MANAGER");
        usd = Fixtures.opening(Fixtures.unique("Money TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE", mona.id());
        eur = Fixtures.opening(Fixtures.unique("Money TAM"), "TECHNICAL_ACCOUNT_MANAGER", mona.id());
        elsewhere = Fixtures.opening(Fixtures.unique("Money BDR"), "BUSINESS_DEVELOPMENT_REP", Fixtures.marcus().id());
        SuperDayRows.database().update("update opening set superday_currency = 'EUR' where id = ?", eur);

        long abe = applicant(usd, "Abe");
        paid(superDay(abe, Instant.parse("2026-04-10T17:00:00Z"), "1000", "USD"), LocalDate.of(2026, 4, 15), false);
        paid(superDay(applicant(usd, "Bea"), Instant.parse("2026-04-20T17:00:00Z"), "1000", "USD"), LocalDate.of(2026, 4, 30), true);
        long cy = applicant(usd, "Cy");
        superDay(cy, Instant.parse("2026-05-05T17:00:00Z"), "1200", "USD");
        paid(cancelled(applicant(usd, "Di"), Instant.parse("2026-05-20T17:00:00Z"), Instant.parse("2026-05-10T09:00:00Z"),
                "500", "USD", true), LocalDate.of(2026, 5, 15), false);
        cancelled(applicant(usd, "Ed"), Instant.parse("2026-05-21T17:00:00Z"), Instant.parse("2026-05-11T09:00:00Z"),
                "500", "USD", false);
        hired(abe, Instant.parse("2026-05-20T10:00:00Z"));
        hired(cy, Instant.parse("2026-05-25T10:00:00Z"));
        hired(applicant(usd, "Gil Later"), Instant.parse("2026-07-01T10:00:00Z"));

        long flo = applicant(eur, "Flo");
        paid(superDay(flo, Instant.parse("2026-04-12T17:00:00Z"), "800", "EUR"), LocalDate.of(2026, 4, 20), false);
        hired(flo, Instant.parse("2026-05-01T10:00:00Z"));

        superDay(applicant(elsewhere, "Hu Elsewhere"), Instant.parse("2026-04-14T17:00:00Z"), "999", "USD");
    }

    private static String csv(RequestSpecification as, String query) {
        return as.get("/reports/superday-money.csv?" + query).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
    }

    @Test
    void eachMonthShowsFeesPaidDonatedAndCancellationFeesAndCurrenciesAreNeverAddedTogether() {
        assertEquals("""
                Month,Currency,SuperDays held,Fees,Cancelled by the company,Cancellation fees,Cancelled by the candidate (no fee),Owed in all,Paid to the candidate,Donated,Not paid yet
                2026-04,EUR,1,800.00,0,0.00,0,800.00,800.00,0.00,0.00
                All months,EUR,1,800.00,0,0.00,0,800.00,800.00,0.00,0.00
                2026-04,USD,2,"2,000.00",0,0.00,0,"2,000.00","1,000.00","1,000.00",0.00
                2026-05,USD,1,"1,200.00",1,500.00,1,"1,700.00",500.00,0.00,"1,200.00"
                All months,USD,3,"3,200.00",1,500.00,1,"3,700.00","1,500.00","1,000.00","1,200.00"
                """, csv(mona.calls(), RANGE).replace("\r\n", "\n"));
    }

    @Test
    void perHireDividesEachCurrencysMoneyByItsHiresAndCountsSuperDaysPerHire() {
        // USD: 3,700.00 / 2 hires (the July hire is outside the range); EUR: 800.00 / 1; 4 days held for 3 hires.
        assertEquals("""
                Currency,SuperDay money owed,Hires,Money per hire,SuperDays held,SuperDays per hire
                EUR,800.00,1,800.00,1,1.0
                USD,"3,700.00",2,"1,850.00",3,1.5
                All currencies,,3,,4,1.3
                """, csv(mona.calls(), RANGE + "&table=per-hire").replace("\r\n", "\n"));
    }

    @Test
    void theSourceFilterCountsTheDaysAndHiresOfThatSourceOnly() {
        assertTrue(csv(mona.calls(), RANGE + "&source=INBOUND").contains("All months,USD,3,\"3,200.00\""));
        assertTrue(csv(mona.calls(), RANGE + "&source=INBOUND&table=per-hire").contains("USD,\"3,700.00\",2,\"1,850.00\",3,1.5"));
        assertEquals(1, csv(mona.calls(), RANGE + "&source=REFERRAL").lines().count(), "only the header");
    }

    @Test
    void thePageDrawsAChartPerCurrency() {
        String page = given().get("/reports/superday-money?" + RANGE + "&opening=" + usd).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("SuperDay money owed per month, USD"), page);
        assertTrue(page.contains("1,700.00 USD"), "the May bar reads as money does elsewhere");
        assertTrue(!page.contains("per month, EUR"), "the EUR opening is filtered out");
    }

    @Test
    void aHiringManagerSeesOnlyTheirOpeningsMoneyAndAnInterviewerIsRefused() {
        assertTrue(!csv(mona.calls(), RANGE).contains("999"), "another manager's opening is not Mona's to see");
        assertTrue(csv(given(), RANGE + "&opening=" + elsewhere).contains("2026-04,USD,1,999.00"));
        assertTrue(csv(Fixtures.rita().calls(), RANGE + "&opening=" + elsewhere).contains("2026-04,USD,1,999.00"));
        Fixtures.simon().calls().get("/reports/superday-money?" + RANGE).then().statusCode(403);
        Fixtures.simon().calls().get("/reports/superday-money.csv?" + RANGE).then().statusCode(403);
    }

    @Test
    void thePageRunsTheSameStatementsForOneSuperDayAsForSix() {
        long one = ReportHistory.statementsAfresh(() -> given().get("/reports/superday-money?" + RANGE + "&opening=" + elsewhere)
                .then().statusCode(200));
        long six = ReportHistory.statementsAfresh(() -> mona.calls().get("/reports/superday-money?" + RANGE).then().statusCode(200));
        assertEquals(one, six);
    }
}
