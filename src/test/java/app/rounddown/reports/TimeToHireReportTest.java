package app.rounddown.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Time to hire on a small history worked out by hand, April 2026, one hiring manager with two openings (days counted
 * from applying to the first entry into each stage):
 * <pre>
 * Alpha (TAE)  C1 applied 04-01: Culture 2, Technical 5, Small team 7, SuperDay 10, Offer 12, Hired 14
 *              C2 applied 04-02: Culture 1, Technical 3, Small team 8, SuperDay 12, Offer 14, Hired 20
 *              C3 applied 04-01: Culture 4, then rejected
 * Beta (BDR)   C4 applied 04-01: Culture 1, Technical 3, Small team 4, SuperDay 5, Offer 6, Hired 8
 *              C5 applied 03-25 (before the period): Culture 04-04, 10 days after applying, still there
 * </pre>
 */
@QuarkusTest
class TimeToHireReportTest {
    static final String APRIL = "from=2026-04-01&to=2026-04-30";
    private static Fixtures.Person manager;
    private static long alpha;
    private static String c1;
    private static String c3;

    @BeforeEach
    void history() {
        if (manager != null) {
            return;
        }
        manager = Fixtures.person(Fixtures.unique("Tia Timer"), "HIRING_MANAGER");
        alpha = Fixtures.opening(Fixtures.unique("Alpha TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE", manager.id());
        long beta = Fixtures.opening(Fixtures.unique("Beta BDR"), "BUSINESS_DEVELOPMENT_REP", manager.id());
        c1 = Fixtures.unique("Cleo One");
        c3 = Fixtures.unique("Cyd Three");
        ReportHistory.applied(alpha, c1, "INBOUND", "2026-04-01T10:00").moved("CULTURE", "2026-04-03T10:00")
                .moved("TECHNICAL", "2026-04-06T10:00").moved("SMALL_TEAM", "2026-04-08T10:00")
                .moved("SUPERDAY", "2026-04-11T10:00").moved("OFFER", "2026-04-13T10:00").hired("2026-04-15T10:00");
        ReportHistory.applied(alpha, Fixtures.unique("Cato Two"), "REFERRAL", "2026-04-02T10:00")
                .moved("CULTURE", "2026-04-03T10:00").moved("TECHNICAL", "2026-04-05T10:00")
                .moved("SMALL_TEAM", "2026-04-10T10:00").moved("SUPERDAY", "2026-04-14T10:00")
                .moved("OFFER", "2026-04-16T10:00").hired("2026-04-22T10:00");
        ReportHistory.applied(alpha, c3, "INBOUND", "2026-04-01T10:00").moved("CULTURE", "2026-04-05T10:00")
                .rejected("CULTURE_FIT", "2026-04-06T10:00");
        ReportHistory.applied(beta, Fixtures.unique("Cora Four"), "AGENCY", "2026-04-01T10:00")
                .moved("CULTURE", "2026-04-02T10:00").moved("TECHNICAL", "2026-04-04T10:00")
                .moved("SMALL_TEAM", "2026-04-05T10:00").moved("SUPERDAY", "2026-04-06T10:00")
                .moved("OFFER", "2026-04-07T10:00").hired("2026-04-09T10:00");
        ReportHistory.applied(beta, Fixtures.unique("Cyra Five"), "INBOUND", "2026-03-25T10:00")
                .moved("CULTURE", "2026-04-04T10:00");
    }

    @Test
    void medianAndNinetiethPercentileDaysFromApplyingToEachStage() {
        assertEquals("""
                Stage,Reached,Median days,90th percentile days
                Culture,5,2.0,7.6
                Technical,3,3.0,4.6
                Small team,3,7.0,7.8
                SuperDay,3,10.0,11.6
                Offer,3,12.0,13.6
                Hired,3,14.0,18.8
                """, csv(manager, "/reports/time-to-hire.csv?" + APRIL + "&part=overall"));
    }

    @Test
    void perRoleTypeAndPerOpening() {
        String header = "Hires,Culture: median,Culture: p90,Technical: median,Technical: p90,Small team: median,"
                + "Small team: p90,SuperDay: median,SuperDay: p90,Offer: median,Offer: p90,Hired: median,Hired: p90\n";
        String bdr = "1,5.5,9.1,3.0,3.0,4.0,4.0,5.0,5.0,6.0,6.0,8.0,8.0\n";
        String tae = "2,2.0,3.6,4.0,4.8,7.5,7.9,11.0,11.8,13.0,13.8,17.0,19.4\n";
        assertEquals("Role type," + header + "Business Development Rep," + bdr + "Technical Account Executive," + tae,
                csv(manager, "/reports/time-to-hire.csv?" + APRIL + "&part=roleTypes"));
        String openings = csv(manager, "/reports/time-to-hire.csv?" + APRIL);
        assertTrue(openings.startsWith("Opening," + header + "Alpha TAE "), openings);
        assertTrue(openings.contains("," + tae + "Beta BDR ") && openings.endsWith("," + bdr), openings);
    }

    @Test
    void eachTimeLinksToTheCandidatesWhoReachedTheStage() {
        String page = manager.calls().get("/reports/time-to-hire?" + APRIL).then().statusCode(200)
                .body(containsString("<title id=\"time-to-hire-chart-title\">Days from applying to each stage</title>"))
                .extract().asString();
        assertTrue(page.contains("href=\"/reports/time-to-hire/candidates?" + APRIL.replace("&", "&amp;") + "&amp;opening="
                + alpha + "&amp;stage=HIRED\""), "the opening's hires link to them");

        String behind = manager.calls().get("/reports/time-to-hire/candidates?" + APRIL + "&opening=" + alpha
                + "&stage=HIRED").then().statusCode(200).body(containsString("2 candidates")).extract().asString();
        assertTrue(behind.contains(c1) && !behind.contains(c3), behind);
        assertTrue(behind.contains("Applied 2026-04-01; reached Hired 2026-04-15, after 14.0 days"), behind);
    }

    @Test
    void theRoleTypeFilterNarrowsEveryFigure() {
        assertTrue(csv(manager, "/reports/time-to-hire.csv?" + APRIL + "&roleType=BUSINESS_DEVELOPMENT_REP&part=overall")
                .contains("Culture,2,5.5,9.1\n"));
    }

    @Test
    void adminsAndRecruitersSeeTheOpeningAnotherManagerIsRefusedItAndAnInterviewerIsRefused() {
        String alphaOnly = "/reports/time-to-hire.csv?" + APRIL + "&opening=" + alpha + "&part=overall";
        String expected = "Stage,Reached,Median days,90th percentile days\nCulture,3,2.0,3.6\n";
        assertTrue(csv(manager, alphaOnly).startsWith(expected));
        assertTrue(given().get(alphaOnly).then().statusCode(200).extract().asString().replace("\r\n", "\n")
                .startsWith(expected));
        assertTrue(csv(Fixtures.rita(), alphaOnly).startsWith(expected));

        Fixtures.Person other = Fixtures.person(Fixtures.unique("Olaf Other"), "HIRING_MANAGER");
        assertTrue(csv(other, alphaOnly).startsWith("Stage,Reached,Median days,90th percentile days\nCulture,0,–,–\n"));
        other.calls().get("/reports/time-to-hire?" + APRIL + "&opening=" + alpha).then().statusCode(400)
                .body(containsString("Reports show your own openings; choose one from the list."));
        Fixtures.simon().calls().redirects().follow(false).get("/reports/time-to-hire?" + APRIL).then().statusCode(403);
    }

    @Test
    void aCompanyWithManyOpeningsSeesTheHundredBusiestOnThePageAndEveryOneInTheCsv() {
        Fixtures.Person many = Fixtures.person(Fixtures.unique("Mona Many"), "HIRING_MANAGER");
        String prefix = Fixtures.unique("Many");
        String february = "from=2026-02-01&to=2026-02-28";
        long busy = Fixtures.opening(prefix + " zz busy", "BUSINESS_DEVELOPMENT_REP", many.id());
        for (int i = 0; i < 3; i++) {
            ReportHistory.applied(busy, Fixtures.unique("Bea Busy"), "INBOUND", "2026-02-0" + (i + 1) + "T10:00")
                    .moved("CULTURE", "2026-02-1" + i + "T10:00");
        }
        for (int i = 0; i < 100; i++) {
            long opening = Fixtures.opening(prefix + " " + String.format("%03d", i), "BUSINESS_DEVELOPMENT_REP", many.id());
            ReportHistory.applied(opening, Fixtures.unique("Quinn Quiet"), "INBOUND", "2026-02-02T10:00")
                    .moved("CULTURE", "2026-02-05T10:00");
        }

        String page = many.calls().get("/reports/time-to-hire?" + february).then().statusCode(200)
                .body(containsString("The table shows the 100 openings where most applications moved on, of 101 with "
                        + "times in the period; the CSV has every opening"))
                .extract().asString();
        assertEquals(100, page.split("<th scope=\"row\">" + prefix, -1).length - 1);
        assertTrue(page.contains("<th scope=\"row\">" + prefix + " zz busy</th>"), "the busiest opening is kept");
        assertTrue(page.contains("<th scope=\"row\">" + prefix + " 000</th>"), "the rest alphabetically");
        String csv = csv(many, "/reports/time-to-hire.csv?" + february);
        assertEquals(101, csv.split("\n" + prefix, -1).length - 1);
        assertTrue(csv.contains("\n" + prefix + " 099,"), csv);
        assertTrue(!page.contains("<th scope=\"row\">" + prefix + " 099</th>"), "a quiet opening gives way to the busy one");
    }

    @Test
    void thePageRunsTheSameStatementsWhateverTheData() {
        long before = ReportHistory.statementsAfresh(() -> manager.calls().get("/reports/time-to-hire?" + APRIL).then().statusCode(200));
        for (int i = 0; i < 5; i++) {
            ReportHistory.applied(alpha, Fixtures.unique("Extra"), "INBOUND", "2026-04-2" + i + "T09:00")
                    .moved("CULTURE", "2026-04-2" + i + "T12:00").moved("TECHNICAL", "2026-04-2" + i + "T15:00");
        }
        assertEquals(before, ReportHistory.statementsAfresh(() -> manager.calls().get("/reports/time-to-hire?" + APRIL).then()
                .statusCode(200)));
        manager = null;
    }

    private static String csv(Fixtures.Person person, String path) {
        return person.calls().get(path).then().statusCode(200).extract().asString().replace("\r\n", "\n");
    }
}
