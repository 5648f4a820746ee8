package app.rounddown.decision;

import static app.rounddown.support.SuperDayFixtures.atSuperDay;
import static app.rounddown.support.SuperDayFixtures.schedule;
import static app.rounddown.support.SuperDayFixtures.superDayCard;
import static app.rounddown.support.SuperDayFixtures.usualDay;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hiring manager decides within 48 hours; offers follow the pay plan and need two approvals. */
@QuarkusTest
class DecisionAndOfferTest {
    @Inject
    Database database;

    private static RequestSpecification as(Fixtures.Person person) {
        return person.calls().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    /** An opening of Hannah's with Marcus as second approver, and a candidate whose SuperDay ended this long ago. */
    private long decided(int overall, int daysAgo, Fixtures.Person... reviewers) {
        long opening = ((Number) given().contentType("application/json").body(Map.of("title", Fixtures.unique("Offered TAE"),
                "roleType", "TECHNICAL_ACCOUNT_EXECUTIVE", "hiringManagerId", Fixtures.hannah().id(),
                "secondApproverId", Fixtures.marcus().id())).post("/api/openings").then().statusCode(201)
                .extract().path("id")).longValue();
        long application = atSuperDay(opening, Fixtures.unique("Dana Decided"));
        schedule(usualDay(application, "UTC", LocalDate.now().minusDays(daysAgo).atTime(8, 0), Fixtures.hannah().id(), null));
        for (Fixtures.Person reviewer : reviewers) {
            superDayCard(application, reviewer, overall, Map.of("output", overall, "demo", 3), "Talked over the customer once");
        }
        return application;
    }

    @Test
    void aRejectionDraftsTheMessageFromTheCardsAndRecordsWhenTheyMayApplyAgain() {
        long id = decided(2, 1, Fixtures.person("Rhea Reviewer", "INTERVIEWER"));
        String reapply = LocalDate.now(ZoneOffset.UTC).plusMonths(13).toString();
        as(Fixtures.hannah()).formParam("outcome", "REJECT").formParam("reapplyAfter", reapply)
                .post("/decisions/" + id).then().statusCode(303);
        assertEquals("REJECTED", database.text("select status from application where id = ?", id));
        String message = database.text("select message from decision where application_id = ?", id);
        // Issue 17, item 14: criteria that scored 3-4 went well, 1-2 are to improve, addressed to the candidate;
        // never the panel's notes or mild concerns.
        assertTrue(message.contains("What went well:\n- You did well on demo role-play."), message);
        assertTrue(message.contains("Specific things to improve:\n- Output of the day: this is where you did not yet "
                + "show us what the role needs."), message);
        assertFalse(message.contains("Talked over the customer once"), message);
        assertFalse(message.contains("note on"), message);
        assertEquals(reapply, database.text("select reapply_after from decision where application_id = ?", id));
        as(Fixtures.rita()).formParam("version", "0").formParam("message", "Hi Dana, edited by Rita.").formParam("sent", "on")
                .post("/decisions/" + id + "/message").then().statusCode(303);
        assertEquals("Hi Dana, edited by Rita.", database.text("select message from decision where application_id = ?", id));
    }

    @Test
    void aReapplyDateOutsideTwelveToEighteenMonthsIsExplained() {
        long id = decided(2, 1, Fixtures.person("Rhea Reviewer", "INTERVIEWER"));
        as(Fixtures.hannah()).formParam("outcome", "REJECT").formParam("reapplyAfter", LocalDate.now().plusMonths(3).toString())
                .post("/decisions/" + id).then().statusCode(400).body(containsString("12 to 18 months from now"));
        assertEquals("ACTIVE", database.text("select status from application where id = ?", id));
    }

    @Test
    void aDivergentPanelNeedsTheDiscussionWrittenDownBeforeDeciding() {
        long id = decided(4, 1, Fixtures.person("Rhea Reviewer", "INTERVIEWER"));
        superDayCard(id, Fixtures.person("Dev Divergent", "INTERVIEWER"), 1, Map.of("output", 1), null);
        as(Fixtures.hannah()).formParam("outcome", "OFFER").post("/decisions/" + id).then().statusCode(400)
                .body(containsString("write down what the discussion concluded"));
        assertEquals(0, database.count("select count(*) from decision where application_id = ?", id));
    }

    @Test
    void theClockShowsOnTheQueueAndTheCandidatePageAndTurnsOverdueAfterFortyEightHours() {
        long id = decided(3, 3, Fixtures.person("Rhea Reviewer", "INTERVIEWER"));
        String candidate = database.text("select candidate_id from application where id = ?", id);
        Fixtures.hannah().calls().get("/queues").then().statusCode(200).body(containsString("decision overdue by"));
        given().get("/candidates/" + candidate).then().statusCode(200).body(containsString("decision overdue by"));
        Fixtures.marcus().calls().get("/queues").then().statusCode(200)
                .body(not(containsString("/decisions/" + id + "\"")));
    }

    @Test
    void anOfferShowsTheSplitRampQuotaAndTeamQuotaAndNeedsBothApprovalsBeforeTheHire() {
        long id = decided(3, 1, Fixtures.person("Rhea Reviewer", "INTERVIEWER"));
        as(Fixtures.hannah()).formParam("outcome", "OFFER").post("/decisions/" + id).then().statusCode(303);
        assertEquals("OFFER", database.text("select stage from application where id = ?", id));
        LocalDate quarter = LocalDate.now().plusYears(1).withMonth(7).withDayOfMonth(1);
        LocalDate start = quarter.plusDays(14);
        as(Fixtures.hannah()).formParam("ote", "120000").formParam("currency", "USD").formParam("basePercent", "50")
                .formParam("annualQuota", "1000000").formParam("startDate", start.toString())
                .post("/offers/" + id).then().statusCode(303);
        for (int i = 0; i < 3; i++) {
            as(Fixtures.hannah()).formParam("memberName", "Ramped " + i).formParam("memberStartsOn", "2020-01-06")
                    .formParam("memberQuota", "1000000").post("/offers/" + id + "/team").then().statusCode(303);
        }
        as(Fixtures.hannah()).formParam("memberName", "Ramping").formParam("memberStartsOn", quarter.minusMonths(1).toString())
                .formParam("memberQuota", "1000000").post("/offers/" + id + "/team").then().statusCode(303);
        Fixtures.hannah().calls().get("/offers/" + id).then().statusCode(200)
                .body(containsString("60,000.00 USD (50%)"))
                .body(containsString("10,000.00 USD a month, fixed at 100% of OTE"))
                .body(containsString("250,000.00 a quarter"))
                .body(containsString("Before this hire: <strong class=\"money\">875,000.00 USD</strong>"))
                .body(containsString("after: <strong class=\"money\">1,000,000.00 USD</strong>"))
                .body(containsString("<td class=\"num\">200%</td><td class=\"num\">30,000.00 USD</td>"));

        as(Fixtures.hannah()).formParam("version", "0").post("/offers/" + id + "/approval").then().statusCode(303);
        assertEquals("DRAFT", database.text("select status from offer where application_id = ?", id));
        as(Fixtures.marcus()).formParam("version", "1").post("/offers/" + id + "/approval").then().statusCode(303);
        assertEquals("APPROVED", database.text("select status from offer where application_id = ?", id));
        as(Fixtures.hannah()).formParam("version", "2").formParam("status", "SENT").post("/offers/" + id + "/status")
                .then().statusCode(303);
        as(Fixtures.hannah()).formParam("version", "3").formParam("status", "ACCEPTED").post("/offers/" + id + "/status")
                .then().statusCode(303);
        assertEquals("HIRED", database.text("select stage from application where id = ?", id));
    }

    @Test
    void aPayMixOtherThanThePlanNeedsAReason() {
        long id = decided(3, 1, Fixtures.person("Rhea Reviewer", "INTERVIEWER"));
        as(Fixtures.hannah()).formParam("outcome", "OFFER").post("/decisions/" + id).then().statusCode(303);
        as(Fixtures.hannah()).formParam("ote", "120000").formParam("currency", "USD").formParam("basePercent", "60")
                .formParam("annualQuota", "1000000").formParam("startDate", LocalDate.now().plusMonths(2).toString())
                .post("/offers/" + id).then().statusCode(400)
                .body(containsString("is 50% base; say why this offer differs"))
                .body(containsString("value=\"120000\""));
    }

    @Test
    void aCurrencyThatDoesNotExistIsRefusedInWords() {
        long id = decided(3, 1, Fixtures.person("Rhea Reviewer", "INTERVIEWER"));
        as(Fixtures.hannah()).formParam("outcome", "OFFER").post("/decisions/" + id).then().statusCode(303);
        as(Fixtures.hannah()).formParam("ote", "120000").formParam("currency", "ABC").formParam("basePercent", "50")
                .formParam("annualQuota", "1000000").formParam("startDate", LocalDate.now().plusMonths(2).toString())
                .post("/offers/" + id).then().statusCode(400)
                .body(containsString("Give the currency as its three-letter code, such as USD or EUR."));
        assertEquals(0, database.count("select count(*) from offer where application_id = ?", id));
        Fixtures.hannah().calls().get("/offers/" + id).then().statusCode(200);
    }

    @Test
    void recruitersAndInterviewersNeverSeePay() {
        long id = decided(3, 1, Fixtures.person("Rhea Reviewer", "INTERVIEWER"));
        as(Fixtures.hannah()).formParam("outcome", "OFFER").post("/decisions/" + id).then().statusCode(303);
        as(Fixtures.hannah()).formParam("ote", "123457").formParam("currency", "USD").formParam("basePercent", "50")
                .formParam("annualQuota", "1000000").formParam("startDate", LocalDate.now().plusMonths(2).toString())
                .post("/offers/" + id).then().statusCode(303);
        Fixtures.rita().calls().get("/offers/" + id).then().statusCode(403);
        Fixtures.simon().calls().get("/offers/" + id).then().statusCode(403);
        Fixtures.person("Rhea Reviewer", "INTERVIEWER").calls().get("/offers/" + id).then().statusCode(403);
        String candidate = database.text("select candidate_id from application where id = ?", id);
        Fixtures.rita().calls().get("/candidates/" + candidate).then().statusCode(200).body(not(containsString("123457")));
        Fixtures.rita().calls().get("/decisions/" + id).then().statusCode(200).body(not(containsString("123457")))
                .body(containsString("The offer's terms are with the hiring manager."));
    }
}
