package app.rounddown.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Fixtures;
import app.rounddown.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The funnel on a small history worked out by hand. March 2026, one opening:
 * <pre>
 * A1 applied 03-02, Culture 03-04 (2 days), Technical 03-07 (3), rejected there 03-11 (4, technical aptitude)
 * A2 applied 03-02, Culture 03-03 (1), Technical 03-05 (2), withdrew there 03-06 (1, timing)
 * A3 applied 03-03, Culture 03-07 (4), Technical 03-13 (6), Small team 03-15 (2), still there
 * A4 applied 03-05, rejected in Applied 03-06 (1, experience)
 * A5 applied 03-05, Culture 03-10 (5), rejected there 03-12 (2, culture fit)
 * A6 applied 03-20, still in Applied
 * A7 applied 03-08, Culture 03-09 (1), Technical 03-10 (1), back to Culture 03-12 (2), Technical again 03-14 (Culture 2
 *    more: 3 in all), still in Technical: counted once per stage, by its latest stay
 * </pre>
 * January 2026 (the compared period): B1 applied 01-05, Culture 01-06 (1), Technical 01-09 (3), rejected 01-10 (1);
 * B2 applied 01-05, withdrew in Applied 01-07 (2, stopped responding).
 */
@QuarkusTest
class FunnelReportTest {
    static final String MARCH = "from=2026-03-01&to=2026-03-31";
    static final String JANUARY = "compareFrom=2026-01-01&compareTo=2026-01-31";
    private static Fixtures.Person manager;
    private static long opening;
    private static String a1;
    private static String a2;
    private static String a3;

    @BeforeEach
    void history() {
        if (manager != null) {
            return;
        }
        manager = Fixtures.person(Fixtures.unique("Fran Funnel"), "HIRING_MANAGER");
        opening = Fixtures.opening(Fixtures.unique("Funnel TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE", manager.id());
        a1 = Fixtures.unique("Ann One");
        a2 = Fixtures.unique("Ben Two");
        a3 = Fixtures.unique("Cat Three");
        ReportHistory.applied(opening, a1, "INBOUND", "2026-03-02T10:00").moved("CULTURE", "2026-03-04T10:00")
                .moved("TECHNICAL", "2026-03-07T10:00").rejected("TECHNICAL_SKILLS", "2026-03-11T10:00");
        ReportHistory.applied(opening, a2, "REFERRAL", "2026-03-02T10:00").moved("CULTURE", "2026-03-03T10:00")
                .moved("TECHNICAL", "2026-03-05T10:00").withdrew("TIMING", "2026-03-06T10:00");
        ReportHistory.applied(opening, a3, "INBOUND", "2026-03-03T10:00").moved("CULTURE", "2026-03-07T10:00")
                .moved("TECHNICAL", "2026-03-13T10:00").moved("SMALL_TEAM", "2026-03-15T10:00");
        ReportHistory.applied(opening, Fixtures.unique("Dan Four"), "AGENCY", "2026-03-05T10:00")
                .rejected("EXPERIENCE", "2026-03-06T10:00");
        ReportHistory.applied(opening, Fixtures.unique("Eve Five"), "INBOUND", "2026-03-05T10:00")
                .moved("CULTURE", "2026-03-10T10:00").rejected("CULTURE_FIT", "2026-03-12T10:00");
        ReportHistory.applied(opening, Fixtures.unique("Fay Six"), "INBOUND", "2026-03-20T10:00");
        ReportHistory.applied(opening, Fixtures.unique("Gus Seven"), "OUTBOUND", "2026-03-08T10:00")
                .moved("CULTURE", "2026-03-09T10:00").moved("TECHNICAL", "2026-03-10T10:00")
                .moved("CULTURE", "2026-03-12T10:00").moved("TECHNICAL", "2026-03-14T10:00");
        ReportHistory.applied(opening, Fixtures.unique("Hal Bee"), "INBOUND", "2026-01-05T10:00")
                .moved("CULTURE", "2026-01-06T10:00").moved("TECHNICAL", "2026-01-09T10:00")
                .rejected("TECHNICAL_SKILLS", "2026-01-10T10:00");
        ReportHistory.applied(opening, Fixtures.unique("Ida Bee"), "INBOUND", "2026-01-05T10:00")
                .withdrew("NO_RESPONSE", "2026-01-07T10:00");
    }

    private static String filters() {
        return MARCH + "&opening=" + opening;
    }

    @Test
    void eachStageCountsItsEntrantsOnceWithHowTheyLeftAndTheDaysOfTheClosedStays() {
        assertEquals("""
                Stage,Entered,Moved on,Pass-through,Rejected,Withdrew,Moved back,Still there,Median days there,90th percentile days
                Applied,7,5,71%,1,0,0,1,1.5,4.5
                Culture,5,4,80%,1,0,0,0,3.0,4.8
                Technical,4,1,25%,1,1,0,1,2.0,3.6
                Small team,1,0,0%,0,0,0,1,–,–
                SuperDay,0,0,–,0,0,0,0,–,–
                Offer,0,0,–,0,0,0,0,–,–
                Hired,0,–,–,–,–,–,–,–,–
                """, csv("/reports/funnel.csv?" + filters()));
    }

    @Test
    void rejectionsAndWithdrawalsAreCountedByTheirReasonCategory() {
        assertEquals("""
                Stage,How they left,Reason,Applications
                Applied,Rejected,Experience for the role,1
                Culture,Rejected,Culture fit,1
                Technical,Rejected,Technical aptitude,1
                Technical,Withdrew,Timing or availability,1
                """, csv("/reports/funnel.csv?" + filters() + "&part=reasons"));
    }

    @Test
    void aComparedPeriodStandsBesideTheFirstInTheTableAndTheChart() {
        String csv = csv("/reports/funnel.csv?" + filters() + "&" + JANUARY);
        String[] lines = csv.split("\r?\n");
        assertEquals("Stage,Entered,\"Entered, compared period\",Moved on,\"Moved on, compared period\",Pass-through,"
                + "\"Pass-through, compared period\",Rejected,\"Rejected, compared period\",Withdrew,"
                + "\"Withdrew, compared period\",Moved back,\"Moved back, compared period\",Still there,"
                + "\"Still there, compared period\",Median days there,\"Median days there, compared period\","
                + "90th percentile days,\"90th percentile days, compared period\"", lines[0]);
        assertEquals("Applied,7,2,5,1,71%,50%,1,0,0,1,0,0,1,0,1.5,1.5,4.5,1.9", lines[1]);
        assertEquals("Culture,5,1,4,1,80%,100%,1,0,0,0,0,0,0,0,3.0,3.0,4.8,3.0", lines[2]);
        assertEquals("Technical,4,1,1,0,25%,0%,1,1,1,0,0,0,1,0,2.0,1.0,3.6,1.0", lines[3]);

        String page = given().get("/reports/funnel?" + filters() + "&" + JANUARY).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("2026-01-01 to 2026-01-31") && page.contains("chart-series-1"), page);
        assertTrue(page.contains("/reports/funnel/candidates?from=2026-01-01&amp;to=2026-01-31&amp;opening=" + opening
                + "&amp;stage=APPLIED&amp;outcome=WITHDRAWN"), "the compared period's numbers link to its candidates");
    }

    @Test
    void theStageWithTheBiggestDropIsNamedInWordsAndLinksToTheCandidatesWhoLeftThere() {
        given().get("/reports/funnel?" + filters()).then().statusCode(200)
                .body(containsString("<option value=\"" + opening + "\" selected>"))
                .body(containsString("Biggest drop: Technical, 50% did not move on (2 of the 4 who entered were "
                        + "rejected or withdrew there)."))
                .body(containsString("href=\"/reports/funnel/candidates?" + MARCH.replace("&", "&amp;") + "&amp;opening="
                        + opening + "&amp;stage=TECHNICAL&amp;outcome=DROPPED\""));

        String behind = given().get("/reports/funnel/candidates?" + filters() + "&stage=TECHNICAL&outcome=DROPPED")
                .then().statusCode(200).body(containsString("2 candidates")).extract().asString();
        assertTrue(behind.contains(a1) && behind.contains(a2) && !behind.contains(a3), behind);
        assertTrue(behind.contains("Entered 2026-03-07; rejected after 4.0 days (Technical aptitude)"), behind);
        assertTrue(behind.contains("Entered 2026-03-05; withdrew after 1.0 days (Timing or availability)"), behind);
    }

    @Test
    void theCandidatesBehindAReasonAreThoseWhoLeftForIt() {
        String behind = given().get("/reports/funnel/candidates?" + filters() + "&stage=TECHNICAL&outcome=WITHDRAWN"
                + "&reason=TIMING").then().statusCode(200).body(containsString("1 candidate,")).extract().asString();
        assertTrue(behind.contains(a2) && !behind.contains(a1), behind);
    }

    @Test
    void adminsRecruitersAndTheOpeningsManagerSeeTheSameFigures() {
        String admin = csv("/reports/funnel.csv?" + filters());
        assertEquals(admin, Fixtures.rita().calls().get("/reports/funnel.csv?" + filters()).then().statusCode(200)
                .extract().asString().replace("\r\n", "\n"));
        assertEquals(admin, manager.calls().get("/reports/funnel.csv?" + filters()).then().statusCode(200)
                .extract().asString().replace("\r\n", "\n"));
        assertEquals(admin, manager.calls().get("/reports/funnel.csv?" + MARCH).then().statusCode(200)
                .extract().asString().replace("\r\n", "\n"), "a hiring manager's reports cover their own openings");
    }

    @Test
    void anotherHiringManagerIsToldTheOpeningIsNotTheirsAndSeesNoneOfItsFigures() {
        Fixtures.Person other = Fixtures.person(Fixtures.unique("Otto Other"), "HIRING_MANAGER");
        other.calls().get("/reports/funnel?" + filters()).then().statusCode(400)
                .body(containsString("Reports show your own openings; choose one from the list."))
                .body(not(containsString("Biggest drop")));
        assertTrue(other.calls().get("/reports/funnel.csv?" + filters()).then().statusCode(200).extract().asString()
                .contains("Applied,0,0,–,0,0,0,0,–,–"));
        other.calls().get("/reports/funnel/candidates?" + filters() + "&stage=TECHNICAL&outcome=DROPPED")
                .then().statusCode(400).body(not(containsString(a1)));
    }

    @Test
    void anInterviewerIsRefused() {
        Fixtures.simon().calls().redirects().follow(false).get("/reports/funnel?" + filters()).then().statusCode(403);
        Fixtures.simon().calls().redirects().follow(false).get("/reports/funnel.csv?" + filters()).then().statusCode(403);
        Fixtures.simon().calls().redirects().follow(false)
                .get("/reports/funnel/candidates?" + filters() + "&stage=APPLIED").then().statusCode(403);
    }

    @Test
    void halfAComparedPeriodOrAnUnknownStageIsExplainedNotAnError() {
        given().get("/reports/funnel?" + filters() + "&compareFrom=2026-01-01").then().statusCode(400)
                .body(containsString("id=\"compareTo-error\">Give both dates of the period to compare with, or neither."));
        given().get("/reports/funnel?" + filters() + "&compareFrom=2026-02-30&compareTo=2026-01-31").then()
                .statusCode(400).body(containsString("id=\"compareFrom-error\">Give the date as year-month-day"));
        given().get("/reports/funnel/candidates?" + filters() + "&stage=LUNCH").then().statusCode(400)
                .body(containsString("Choose a stage of the funnel."));
    }

    @Test
    void thePageRunsTheSameStatementsWhateverTheData() {
        String path = "/reports/funnel?" + filters() + "&" + JANUARY;
        long before = ReportHistory.statementsAfresh(() -> given().get(path).then().statusCode(200));
        long drillBefore = Statements.during(() -> given().get("/reports/funnel/candidates?" + filters()
                + "&stage=APPLIED").then().statusCode(200));
        for (int i = 0; i < 6; i++) {
            ReportHistory.applied(opening, Fixtures.unique("Extra"), "INBOUND", "2026-03-2" + i + "T09:00")
                    .moved("CULTURE", "2026-03-2" + i + "T12:00").rejected("OTHER", "2026-03-2" + i + "T15:00");
        }
        assertEquals(before, ReportHistory.statementsAfresh(() -> given().get(path).then().statusCode(200)));
        assertEquals(drillBefore, Statements.during(() -> given().get("/reports/funnel/candidates?" + filters()
                + "&stage=APPLIED").then().statusCode(200)));
        manager = null;
    }

    private static String csv(String path) {
        return given().get(path).then().statusCode(200).extract().asString().replace("\r\n", "\n");
    }
}
