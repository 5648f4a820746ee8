package app.rounddown.journeys;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rounddown.decision.OfferSetup;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 17, items 11 and 12, in a browser: an approver finds the offer from the queues, a recruiter follows it. */
@QuarkusTest
class OfferJourneyTest {
    @TestHTTPResource("/")
    URL base;
    @Inject
    Database database;

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(Browser.available() || System.getenv("CI") != null, "Debian's chromium and chromium-driver are not "
                + "installed here (apt-get install chromium chromium-driver); CI installs them");
    }

    @Test
    void theSecondApproverFindsTheOfferInTheQueuesApprovesItAndTheRecruiterSeesWhereItStands() {
        Fixtures.Person manager = Fixtures.person(Fixtures.unique("Olive Offer"), "HIRING_MANAGER");
        Fixtures.Person second = Fixtures.person(Fixtures.unique("Sam Second"), "HIRING_MANAGER");
        long id = OfferSetup.decided(manager, second, "TECHNICAL_ACCOUNT_EXECUTIVE", 3, 1,
                Fixtures.person("Rhea Reviewer", "INTERVIEWER"));
        OfferSetup.as(manager).formParam("outcome", "OFFER").post("/decisions/" + id).then().statusCode(303);
        OfferSetup.as(manager).formParam("ote", "120000").formParam("currency", "USD").formParam("basePercent", "50")
                .formParam("annualQuota", "1000000").formParam("startDate", LocalDate.now().plusMonths(2).withDayOfMonth(1).toString())
                .post("/offers/" + id).then().statusCode(303);
        String candidate = database.text("select candidate_id from application where id = ?", id);

        try (Browser browser = new Browser(base.toString(), "offer")) {
            browser.signIn(second.email(), Fixtures.PASSWORD);
            browser.open("/queues");
            browser.check("approver-queues");
            browser.click(browser.find("#approve-heading + ul a[href='/offers/" + id + "']"));
            browser.click(browser.find("form[action='/offers/" + id + "/approval'] button"));
            assertTrue(browser.text(".flash").contains("Approved."), browser.text(".flash"));
            browser.click(browser.find("form[action='/offers/" + id + "'] button[type=submit]"));
            assertTrue(browser.text(".flash").contains("Nothing changed"), browser.text(".flash"));
            browser.find("#ote").clear();
            browser.find("#ote").sendKeys("125000");
            browser.click(browser.find("form[action='/offers/" + id + "'] button[type=submit]"));
            assertTrue(browser.text("#approvals-reset").contains("changed the on-target earnings after"),
                    browser.text("#approvals-reset"));
            browser.check("approvals-reset");
        }
        try (Browser browser = new Browser(base.toString(), "offer-recruiter")) {
            browser.signIn(Fixtures.rita().email(), Fixtures.PASSWORD);
            browser.open("/candidates/" + candidate);
            assertTrue(browser.text("#offer-" + id).contains("Draft, awaiting approval from"), browser.text("#offer-" + id));
            browser.check("candidate-offer-status");
            browser.open("/queues");
            browser.check("recruiter-queues");
        }
    }
}
