package app.rounddown.reports;

import static app.rounddown.reports.SuperDayRows.applicant;
import static app.rounddown.reports.SuperDayRows.offer;
import static app.rounddown.reports.SuperDayRows.superDay;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Offers made, accepted and declined per role type, and the days from the end of the SuperDay to an accepted offer. */
@QuarkusTest
class OffersReportTest {
    private static final String RANGE = "from=2026-06-01&to=2026-06-30";
    private static Fixtures.Person olive;
    private static long tae;
    private static long elsewhere;

    /**
     * Olive's TAE opening: Al accepted 10 days after his SuperDay ended, Bo 4 days, Cam declined, Dot still out, Eli a
     * draft; Fe was sent in May (outside the range). Her BDR opening: Gio accepted 20 days after, Hana declined.
     */
    @BeforeEach
    void setUp() {
        if (olive != null) {
            return;
        }
        olive = Fixtures.person(Fixtures.unique("Olive Offers"), "HIRING_MANAGER");
        tae = Fixtures.opening(Fixtures.unique("Offers TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE", olive.id());
        long bdr = Fixtures.opening(Fixtures.unique("Offers BDR"), "BUSINESS_DEVELOPMENT_REP", olive.id());
        elsewhere = Fixtures.opening(Fixtures.unique("Offers TAM"), "TECHNICAL_ACCOUNT_MANAGER", Fixtures.marcus().id());
        accepted(tae, "Al", "TECHNICAL_ACCOUNT_EXECUTIVE", "2026-06-01T17:00:00Z", "2026-06-03T10:00:00Z", "2026-06-11T17:00:00Z");
        accepted(tae, "Bo", "TECHNICAL_ACCOUNT_EXECUTIVE", "2026-06-02T17:00:00Z", "2026-06-04T10:00:00Z", "2026-06-06T17:00:00Z");
        long cam = applicant(tae, "Cam");
        superDay(cam, Instant.parse("2026-06-05T17:00:00Z"), "1000", "USD");
        offer(cam, "TECHNICAL_ACCOUNT_EXECUTIVE", "DECLINED", at("2026-06-07T10:00:00Z"), at("2026-06-08T10:00:00Z"),
                at("2026-06-10T10:00:00Z"));
        offer(applicant(tae, "Dot"), "TECHNICAL_ACCOUNT_EXECUTIVE", "SENT", at("2026-06-08T10:00:00Z"),
                at("2026-06-09T10:00:00Z"), null);
        offer(applicant(tae, "Eli"), "TECHNICAL_ACCOUNT_EXECUTIVE", "DRAFT", at("2026-06-12T10:00:00Z"), null, null);
        accepted(tae, "Fe", "TECHNICAL_ACCOUNT_EXECUTIVE", "2026-05-10T17:00:00Z", "2026-05-20T10:00:00Z", "2026-06-02T10:00:00Z");
        accepted(bdr, "Gio", "BUSINESS_DEVELOPMENT_REP", "2026-06-01T17:00:00Z", "2026-06-02T10:00:00Z", "2026-06-21T17:00:00Z");
        offer(applicant(bdr, "Hana"), "BUSINESS_DEVELOPMENT_REP", "DECLINED", at("2026-06-02T10:00:00Z"),
                at("2026-06-03T10:00:00Z"), at("2026-06-05T10:00:00Z"));
        accepted(elsewhere, "Ivo Elsewhere", "TECHNICAL_ACCOUNT_MANAGER", "2026-06-01T17:00:00Z", "2026-06-02T10:00:00Z",
                "2026-06-04T17:00:00Z");
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static void accepted(long opening, String name, String role, String ended, String sent, String answered) {
        long application = applicant(opening, name);
        superDay(application, at(ended), "1000", "USD");
        offer(application, role, "ACCEPTED", at(sent).minusSeconds(3600), at(sent), at(answered));
    }

    private static String csv(RequestSpecification as, String query) {
        return as.get("/reports/offers.csv?" + query).then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString().replace("\r\n", "\n");
    }

    @Test
    void offersPerRoleTypeWithTheAcceptanceRateAndTheDaysFromTheSuperDayToAcceptance() {
        // All: 6 sent in June (Fe's May offer left out), 3 accepted, 2 declined, 1 out, 1 draft; 3 of 5 answered = 60%;
        // days 4, 10, 20: median 10, 90th percentile 10 + 0.8 x 10 = 18. TAE: 4 and 10: median 7, p90 4 + 0.9 x 6 = 9.4.
        assertEquals("""
                Role type,Not sent yet,Sent,Accepted,Declined,Still out,Acceptance rate (of answered),Median days from SuperDay to acceptance,90th percentile days
                All role types,1,6,3,2,1,60.0%,10.0,18.0
                Business Development Rep,0,2,1,1,0,50.0%,20.0,20.0
                Technical Account Executive,1,4,2,1,1,66.7%,7.0,9.4
                """, csv(olive.calls(), RANGE));
    }

    @Test
    void eachFigureLinksToTheOffersBehindIt() {
        String page = olive.calls().get("/reports/offers?" + RANGE).then().statusCode(200).extract().asString();
        assertTrue(page.contains("/reports/offers/candidates?" + RANGE.replace("&", "&amp;") + "&amp;figure=accepted&amp;offerRole=TECHNICAL_ACCOUNT_EXECUTIVE"), page);
        assertTrue(page.contains("<title id=\"offers-chart-title\">Offers sent and accepted per role type</title>"), page);
        String accepted = olive.calls().get("/reports/offers/candidates?" + RANGE + "&figure=accepted&offerRole=TECHNICAL_ACCOUNT_EXECUTIVE")
                .then().statusCode(200).extract().asString();
        assertTrue(accepted.contains("2 candidates") && accepted.contains("Al ") && accepted.contains("Bo "), accepted);
        assertTrue(accepted.contains("accepted 10.0 days after the SuperDay ended"), accepted);
        assertTrue(!accepted.contains("Gio") && !accepted.contains("Fe "), accepted);
        olive.calls().get("/reports/offers/candidates?" + RANGE + "&figure=unsent").then().statusCode(200)
                .body(containsString("Eli "), containsString("draft, drafted 12 Jun 2026"));
    }

    @Test
    void aHiringManagerSeesOnlyTheirOwnOffersAndAnInterviewerIsRefused() {
        assertTrue(!csv(olive.calls(), RANGE).contains("Technical Account Manager"));
        assertTrue(csv(given(), RANGE + "&opening=" + elsewhere).contains("Technical Account Manager,0,1,1,0,0,100.0%,3.0,3.0"));
        assertTrue(csv(Fixtures.rita().calls(), RANGE + "&opening=" + tae).contains("All role types,1,4,2,1,1"));
        olive.calls().get("/reports/offers/candidates?" + RANGE + "&figure=sent&opening=" + elsewhere).then()
                .statusCode(400).body(not(containsString("Ivo Elsewhere")));
        Fixtures.simon().calls().get("/reports/offers?" + RANGE).then().statusCode(403);
        Fixtures.simon().calls().get("/reports/offers/candidates?figure=sent").then().statusCode(403);
    }

    @Test
    void theSourceAndRoleTypeFiltersNarrowTheOffers() {
        assertTrue(csv(olive.calls(), RANGE + "&source=INBOUND").contains("All role types,1,6,3,2,1,60.0%,10.0,18.0"));
        assertEquals(1, csv(olive.calls(), RANGE + "&source=REFERRAL").lines().count(), "only the header: nobody was referred");
        assertTrue(csv(olive.calls(), RANGE + "&roleType=BUSINESS_DEVELOPMENT_REP").contains("All role types,0,2,1,1,0,50.0%"));
        olive.calls().get("/reports/offers/candidates?" + RANGE + "&figure=sent&source=INBOUND").then().statusCode(200)
                .body(containsString("6 candidates"));
    }

    @Test
    void badLinksAreExplained() {
        given().get("/reports/offers/candidates?figure=sent&offerRole=WIZARD").then().statusCode(400)
                .body(containsString("Choose a role type from the offers report."));
        given().get("/reports/offers/candidates?figure=maybe").then().statusCode(400)
                .body(containsString("Choose a figure from the offers report."));
    }

    @Test
    void thePageRunsTheSameStatementsForOneOfferAsForNine() {
        long one = ReportHistory.statementsAfresh(() -> given().get("/reports/offers?" + RANGE + "&opening=" + elsewhere)
                .then().statusCode(200));
        long nine = ReportHistory.statementsAfresh(() -> olive.calls().get("/reports/offers?" + RANGE).then().statusCode(200));
        assertEquals(one, nine);
    }
}
