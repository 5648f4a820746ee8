package app.rounddown.superday;

import static app.rounddown.support.SuperDayFixtures.janeAtSuperDay;
import static app.rounddown.support.SuperDayFixtures.schedule;
import static app.rounddown.support.SuperDayFixtures.superDayCard;
import static app.rounddown.support.SuperDayFixtures.usualDay;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 10: "On a submitted SuperDay card the link still reads 'Write your SuperDay scorecard'. Interviewers
 * see the fee and payment status on the SuperDay page; they should not." Only staff and those who see pay (an admin,
 * the opening's hiring manager or second approver) see the payment.
 */
@QuarkusTest
class SuperDayViewersTest {

    @Test
    void aReviewersLinkSaysWriteUntilTheirCardIsInAndThenReadOrAmend() {
        long application = janeAtSuperDay();
        long id = schedule(usualDay(application, "UTC", LocalDate.now().plusDays(20).atTime(9, 0), Fixtures.hannah().id(), null));
        Fixtures.Person reviewer = Fixtures.person("Rae Reviewer", "INTERVIEWER");
        given().contentType("application/json").body(Map.of("applicationId", application, "stage", "SUPERDAY",
                "interviewerId", reviewer.id(), "startsAt", "2026-01-05T10:00:00Z")).post("/api/assignments").then().statusCode(201);
        reviewer.calls().get("/superdays/" + id).then().statusCode(200)
                .body(containsString("Write your SuperDay scorecard"))
                .body(not(containsString("Your card is in")));

        Fixtures.Person second = Fixtures.person("Sam Second", "INTERVIEWER");
        superDayCard(application, second, 3, Map.of("output", 3), null);
        second.calls().get("/superdays/" + id).then().statusCode(200)
                .body(containsString("Your card is in"))
                .body(containsString("Read or amend your SuperDay scorecard"))
                .body(not(containsString("Write your SuperDay scorecard")));
    }

    @Test
    void interviewersDoNotSeeTheFeeOrThePaymentWhileStaffAndTheOpeningsHiringManagerDo() {
        long application = janeAtSuperDay();
        long id = schedule(usualDay(application, "UTC", LocalDate.now().plusDays(20).atTime(9, 0), Fixtures.hannah().id(), null));
        Fixtures.Person reviewer = Fixtures.person("Rae Reviewer", "INTERVIEWER");
        given().contentType("application/json").body(Map.of("applicationId", application, "stage", "SUPERDAY",
                "interviewerId", reviewer.id(), "startsAt", "2026-01-05T10:00:00Z")).post("/api/assignments").then().statusCode(201);
        reviewer.calls().get("/superdays/" + id).then().statusCode(200)
                .body(containsString("SuperDay scorecards"))
                .body(not(containsString("id=\"payment-heading\"")))
                .body(not(containsString("1,000.00 USD")))
                .body(not(containsString("500.00 USD")));

        // Another opening's hiring manager may read SuperDays, but not this one's pay.
        Fixtures.Person otherManager = Fixtures.person("Otto Othermanager", "HIRING_MANAGER");
        otherManager.calls().get("/superdays/" + id).then().statusCode(200)
                .body(not(containsString("id=\"payment-heading\""))).body(not(containsString("1,000.00 USD")));
        otherManager.calls().get("/superdays?view=ALL").then().statusCode(200).body(containsString("Not shown to you"));

        Fixtures.hannah().calls().get("/superdays/" + id).then().statusCode(200)
                .body(containsString("id=\"payment-heading\"")).body(containsString("fee 1,000.00 USD"))
                .body(not(containsString("Save payment")));
        Fixtures.rita().calls().get("/superdays/" + id).then().statusCode(200)
                .body(containsString("fee 1,000.00 USD")).body(containsString("Save payment"));
    }
}
