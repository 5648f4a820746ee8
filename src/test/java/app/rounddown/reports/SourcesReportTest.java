package app.rounddown.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sources on applications made in May 2026 to one hiring manager's openings, worked out by hand:
 * <pre>
 * Customer Success Manager opening
 *   Referral, 10: R1-R3 hired; R4 reached the SuperDay, rejected; R5, R6 reached Technical, rejected; R7-R10 rejected
 *                 in Applied                                                  -> 3 hires of 10, 30%
 *   Inbound, 12:  I1, I2 hired; I3 in Culture; I4-I12 still in Applied      -> 2 hires of 12, 17%
 *   Agency, 1:    A1 hired                                                  -> 1 of 1, but fewer than 10 applications
 * Business Development Rep opening
 *   Inbound, 2:   both still in Applied                                     -> too few to tell
 * </pre>
 */
@QuarkusTest
class SourcesReportTest {
    static final String MAY = "from=2026-05-01&to=2026-05-31";
    static final List<String> TO_HIRE = List.of("CULTURE", "TECHNICAL", "SMALL_TEAM", "SUPERDAY", "OFFER");
    private static Fixtures.Person manager;
    private static String r4;
    private static String r7;

    @BeforeEach
    void history() {
        if (manager != null) {
            return;
        }
        manager = Fixtures.person(Fixtures.unique("Sol Sourcer"), "HIRING_MANAGER");
        long csm = Fixtures.opening(Fixtures.unique("Sources CSM"), "CUSTOMER_SUCCESS_MANAGER", manager.id());
        long bdr = Fixtures.opening(Fixtures.unique("Sources BDR"), "BUSINESS_DEVELOPMENT_REP", manager.id());
        for (int i = 1; i <= 3; i++) {
            through(ReportHistory.applied(csm, Fixtures.unique("Ria Hired" + i), "REFERRAL", "2026-05-0" + i + "T09:00"), 5)
                    .hired("2026-05-2" + i + "T09:00");
        }
        r4 = Fixtures.unique("Rex Four");
        through(ReportHistory.applied(csm, r4, "REFERRAL", "2026-05-04T09:00"), 4).rejected("SUPERDAY_OUTPUT", "2026-05-20T09:00");
        for (int i = 5; i <= 6; i++) {
            through(ReportHistory.applied(csm, Fixtures.unique("Ron Tech" + i), "REFERRAL", "2026-05-05T09:00"), 2)
                    .rejected("TECHNICAL_SKILLS", "2026-05-20T09:00");
        }
        r7 = Fixtures.unique("Roy Applied");
        ReportHistory.applied(csm, r7, "REFERRAL", "2026-05-06T09:00").rejected("EXPERIENCE", "2026-05-07T09:00");
        for (int i = 8; i <= 10; i++) {
            ReportHistory.applied(csm, Fixtures.unique("Rae Applied" + i), "REFERRAL", "2026-05-06T09:00")
                    .rejected("EXPERIENCE", "2026-05-07T09:00");
        }
        for (int i = 1; i <= 2; i++) {
            through(ReportHistory.applied(csm, Fixtures.unique("Ivy Hired" + i), "INBOUND", "2026-05-0" + i + "T10:00"), 5)
                    .hired("2026-05-2" + i + "T10:00");
        }
        through(ReportHistory.applied(csm, Fixtures.unique("Ian Culture"), "INBOUND", "2026-05-03T10:00"), 1);
        for (int i = 4; i <= 12; i++) {
            ReportHistory.applied(csm, Fixtures.unique("Ike Applied" + i), "INBOUND", "2026-05-" + (10 + i) + "T10:00");
        }
        through(ReportHistory.applied(csm, Fixtures.unique("Ada Agency"), "AGENCY", "2026-05-02T11:00"), 5)
                .hired("2026-05-25T11:00");
        ReportHistory.applied(bdr, Fixtures.unique("Ben Bdr1"), "INBOUND", "2026-05-02T11:00");
        ReportHistory.applied(bdr, Fixtures.unique("Ben Bdr2"), "INBOUND", "2026-05-03T11:00");
        // Applied before May: not part of the period's applications, even though it moves on in May.
        through(ReportHistory.applied(csm, Fixtures.unique("Old April"), "REFERRAL", "2026-04-28T09:00"), 5)
                .hired("2026-05-20T09:00");
    }

    /** Moves on through the first {@code stages} stages after Applied, a day apart from the 10th of May. */
    private static ReportHistory through(ReportHistory history, int stages) {
        for (int i = 0; i < stages; i++) {
            history.moved(TO_HIRE.get(i), "2026-05-" + (10 + i) + "T12:00");
        }
        return history;
    }

    @Test
    void eachSourcesApplicationsAndHowManyReachedEachStage() {
        assertEquals("""
                Source,Applications,Culture,Technical,Small team,SuperDay,Offers,Hires,Hires per application
                Inbound,14,3,2,2,2,2,2,14%
                Referral,10,6,6,4,4,3,3,30%
                Agency,1,1,1,1,1,1,1,100%
                """, csv(manager, "/reports/sources.csv?" + MAY));
    }

    @Test
    void theBestSourcePerRoleTypeNeedsEnoughApplicationsSoOneHireOfOneDoesNotWin() {
        String best = csv(manager, "/reports/sources.csv?" + MAY + "&part=best");
        assertEquals("""
                Role type,Best source,Applications,Hires,Hires per application,Runner-up
                Customer Success Manager,Referral,10,3,30%,"Inbound, 2 of 12 (17%)"
                Business Development Rep,Too few applications to tell,–,–,–,
                """, best);
        manager.calls().get("/reports/sources?" + MAY).then().statusCode(200)
                .body(containsString("among sources\n    with at least 10 applications in the period"));
    }

    @Test
    void eachCountLinksToTheApplicationsBehindIt() {
        String page = manager.calls().get("/reports/sources?" + MAY).then().statusCode(200).extract().asString();
        assertTrue(page.contains("href=\"/reports/sources/candidates?" + MAY.replace("&", "&amp;")
                + "&amp;source=REFERRAL&amp;reached=SUPERDAY\">4</a>"), page);
        String behind = manager.calls().get("/reports/sources/candidates?" + MAY + "&source=REFERRAL&reached=SUPERDAY")
                .then().statusCode(200).body(containsString("4 candidates")).extract().asString();
        assertTrue(behind.contains(r4) && !behind.contains(r7), behind);
        assertTrue(behind.contains("Applied 2026-05-04; furthest stage SuperDay (rejected)"), behind);
        manager.calls().get("/reports/sources/candidates?" + MAY + "&source=REFERRAL").then().statusCode(200)
                .body(containsString("10 candidates"));
    }

    @Test
    void anotherManagerSeesNoneOfItAndAnInterviewerIsRefused() {
        Fixtures.Person other = Fixtures.person(Fixtures.unique("Oona Other"), "HIRING_MANAGER");
        assertEquals("Source,Applications,Culture,Technical,Small team,SuperDay,Offers,Hires,Hires per application\n",
                csv(other, "/reports/sources.csv?" + MAY));
        Fixtures.simon().calls().redirects().follow(false).get("/reports/sources?" + MAY).then().statusCode(403);
        Fixtures.simon().calls().redirects().follow(false).get("/reports/sources.csv?" + MAY).then().statusCode(403);
        given().get("/reports/sources/candidates?" + MAY + "&reached=LUNCH").then().statusCode(400)
                .body(containsString("Choose a stage after applying."));
    }

    @Test
    void thePageRunsTheSameStatementsWhateverTheData() {
        long before = ReportHistory.statementsAfresh(() -> manager.calls().get("/reports/sources?" + MAY).then().statusCode(200));
        long csm = Fixtures.opening(Fixtures.unique("Sources more"), "CUSTOMER_SUCCESS_MANAGER", manager.id());
        for (int i = 0; i < 5; i++) {
            through(ReportHistory.applied(csm, Fixtures.unique("Extra"), "OUTBOUND", "2026-05-0" + (i + 1) + "T08:00"), 2);
        }
        assertEquals(before, ReportHistory.statementsAfresh(() -> manager.calls().get("/reports/sources?" + MAY).then()
                .statusCode(200)));
        manager = null;
    }

    private static String csv(Fixtures.Person person, String path) {
        return person.calls().get(path).then().statusCode(200).extract().asString().replace("\r\n", "\n");
    }
}
