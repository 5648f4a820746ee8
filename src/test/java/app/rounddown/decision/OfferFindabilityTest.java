package app.rounddown.decision;

import static app.rounddown.decision.OfferSetup.as;
import static app.rounddown.decision.OfferSetup.decided;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Forms;
import app.rounddown.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, items 11 and 12: offers are found from the candidate page and the queues, recruiters see where an offer
 * stands but not its pay, a hire needs an accepted offer, and only a real change of terms starts approvals again.
 */
@QuarkusTest
class OfferFindabilityTest {
    @Inject
    Database database;

    private Fixtures.Person manager;
    private Fixtures.Person second;

    /** Approvers of their own, so the queues a test reads hold that test's offers alone. */
    @BeforeEach
    void approversOfTheirOwn() {
        manager = Fixtures.person(Fixtures.unique("Olive Offer"), "HIRING_MANAGER");
        second = Fixtures.person(Fixtures.unique("Sam Second"), "HIRING_MANAGER");
    }

    /** A candidate at Offer with drafted terms: 120,000 USD OTE, half base, a 1,000,000 quota. */
    private long offered() {
        long id = decided(manager, second, "TECHNICAL_ACCOUNT_EXECUTIVE", 3, 1, Fixtures.person("Rhea Reviewer", "INTERVIEWER"));
        as(manager).formParam("outcome", "OFFER").post("/decisions/" + id).then().statusCode(303);
        terms(as(manager), null, "123457").post("/offers/" + id).then().statusCode(303);
        return id;
    }

    private static RequestSpecification terms(RequestSpecification request, Integer version, String ote) {
        if (version != null) {
            request = request.formParam("version", version);
        }
        return request.formParam("ote", ote).formParam("currency", "USD").formParam("basePercent", "50")
                .formParam("annualQuota", "1000000").formParam("startDate", LocalDate.now().plusMonths(2).withDayOfMonth(1).toString());
    }

    private int version(long id) {
        return Integer.parseInt(database.text("select version from offer where application_id = ?", id));
    }

    private String candidateOf(long id) {
        return database.text("select candidate_id from application where id = ?", id);
    }

    /** The part of the queues page under one heading, up to the next section. */
    private static String section(String page, String headingId) {
        int start = page.indexOf("id=\"" + headingId + "\"");
        assertTrue(start > 0, "the queues have a section " + headingId);
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }

    private static String queuesOf(Fixtures.Person person) {
        return person.calls().get("/queues").then().statusCode(200).extract().asString();
    }

    /** "Saving unchanged offer terms reset an approval, with no audit entry. Only real changes reset approvals, and a reset is audited and shown." */
    @Test
    void savingTheSameTermsAgainKeepsTheApprovalsAndAChangeResetsThemOnTheRecord() {
        long id = offered();
        as(manager).formParam("version", version(id)).post("/offers/" + id + "/approval").then().statusCode(303);
        long audited = database.count("select count(*) from audit_entry where entity_type = 'offer' and entity_id = ?", id);
        int approvedVersion = version(id);

        // The same terms, typed as before (120000 is the stored 120000.00): nothing changes, the approval stands.
        String same = Forms.landing(terms(as(manager), approvedVersion, "123457").post("/offers/" + id)
                .then().statusCode(303).extract().response());
        assertTrue(same.contains("Nothing changed: these are the terms already saved, and the approvals stand."), same);
        assertNotNull(database.text("select manager_approved_at from offer where application_id = ?", id));
        assertEquals(approvedVersion, version(id));
        assertEquals(audited, database.count("select count(*) from audit_entry where entity_type = 'offer' and entity_id = ?", id));
        manager.calls().get("/offers/" + id).then().statusCode(200)
                .body(containsString("changing any term starts the approvals again; saving the terms unchanged keeps them."))
                .body(not(containsString("id=\"approvals-reset\"")));

        String changed = Forms.landing(terms(as(manager), approvedVersion, "130000").post("/offers/" + id)
                .then().statusCode(303).extract().response());
        assertTrue(changed.contains("Offer terms saved. The on-target earnings changed, so the approvals of "
                + manager.name() + " start again from these terms."), changed);
        assertNull(database.text("select manager_approved_at from offer where application_id = ?", id));
        assertEquals("on-target earnings", database.text("select approvals_reset_terms from offer where application_id = ?", id));
        String reset = database.text("select summary from audit_entry where entity_type = 'offer' and entity_id = ? "
                + "and action = 'approvals reset'", id);
        assertTrue(reset.contains("start again: " + manager.name() + " changed the on-target earnings; " + manager.name()
                + " had approved"), reset);
        manager.calls().get("/offers/" + id).then().statusCode(200)
                .body(containsString("id=\"approvals-reset\">Approvals started again on "))
                .body(containsString(manager.name() + " changed the on-target earnings after " + manager.name() + " had approved."));

        // Someone saving from the page as it was before that change is told, and overwrites nothing.
        terms(as(second), approvedVersion, "150000").post("/offers/" + id).then().statusCode(409);
        assertEquals("130000.00", database.text("select ote from offer where application_id = ?", id));
    }

    @Test
    void bothApproversFindTheOfferInTheirQueueUntilEachHasApproved() {
        long id = offered();
        String name = database.text("select c.name from candidate c join application a on a.candidate_id = c.id where a.id = ?", id);
        for (Fixtures.Person approver : new Fixtures.Person[] {manager, second}) {
            String awaiting = section(queuesOf(approver), "approve-heading");
            assertTrue(awaiting.contains("<a href=\"/offers/" + id + "\">" + name + "</a>"), awaiting);
            assertTrue(awaiting.contains("Draft, awaiting approval from " + manager.name() + " and " + second.name()), awaiting);
        }
        as(second).formParam("version", version(id)).post("/offers/" + id + "/approval").then().statusCode(303);
        assertFalse(section(queuesOf(second), "approve-heading").contains("/offers/" + id + "\""));
        assertTrue(section(queuesOf(second), "offers-heading").contains("Draft, awaiting approval from " + manager.name()));
        assertTrue(section(queuesOf(manager), "approve-heading").contains("/offers/" + id + "\""));
        Fixtures.person("Other Manager", "HIRING_MANAGER").calls().get("/queues").then().statusCode(200)
                .body(not(containsString("/offers/" + id + "\"")));
    }

    /** "Recruiters see an offer's status (not its pay)." */
    @Test
    void recruitersSeeWhereAnOfferStandsOnTheCandidatePageAndTheQueuesButNotItsPay() throws Exception {
        long id = offered();
        String candidate = candidateOf(id);
        Fixtures.rita().calls().get("/candidates/" + candidate).then().statusCode(200)
                .body(containsString("id=\"offer-" + id + "\"><strong>Offer:</strong> Draft, awaiting approval from "
                        + manager.name() + " and " + second.name()))
                .body(containsString("Marking"))
                .body(not(containsString("href=\"/offers/" + id + "\"")))
                .body(not(containsString("123457"))).body(not(containsString("123,457")));
        // The longest at Offer come first, and other tests leave many there: this one has waited longest of all.
        database.execute("update application set stage_entered_at = now() - interval '20 years' where id = " + id);
        String underway = section(queuesOf(Fixtures.rita()), "offers-heading");
        assertTrue(underway.contains("href=\"/candidates/" + candidate + "#offer-" + id + "\""), underway);
        assertFalse(underway.contains("/offers/" + id + "\""), underway);
        manager.calls().get("/candidates/" + candidate).then().statusCode(200)
                .body(containsString("<a href=\"/offers/" + id + "\">Open the offer</a>"));
    }

    /** "Moving Offer to Hired needs an accepted offer (or an admin override with a reason)." */
    @Test
    void aHireNeedsAnAcceptedOfferOrAnAdminsOverrideWithAReason() {
        long id = offered();
        String refused = Forms.landing(as(manager).formParam("seenStage", "OFFER").formParam("seenStatus", "ACTIVE")
                .formParam("to", "HIRED").post("/applications/" + id + "/moves").then().statusCode(303).extract().response());
        assertTrue(refused.contains("offer is draft, not accepted: a hire needs an accepted offer. An admin can record "
                + "the hire without one, with a written reason."), refused);
        assertEquals("OFFER", database.text("select stage from application where id = ?", id));

        String notAdmin = Forms.landing(as(manager).formParam("seenStage", "OFFER").formParam("seenStatus", "ACTIVE")
                .formParam("reason", "I say so").post("/applications/" + id + "/overrides").then().statusCode(303)
                .extract().response());
        assertTrue(notAdmin.contains("Only an admin can record a hire without one."), notAdmin);
        assertEquals("OFFER", database.text("select stage from application where id = ?", id));

        given().get("/applications/" + id + "/overrides/new").then().statusCode(200)
                .body(containsString("without an accepted offer</h1>"))
                .body(containsString("offer is draft, not accepted"));
        Forms.post().formParam("seenStage", "OFFER").formParam("seenStatus", "ACTIVE").formParam("reason", " ")
                .post("/applications/" + id + "/overrides").then().statusCode(400)
                .body(containsString("Write why the candidate should move on"));
        assertEquals("OFFER", database.text("select stage from application where id = ?", id));

        Forms.post().formParam("seenStage", "OFFER").formParam("seenStatus", "ACTIVE")
                .formParam("reason", "Signed on paper while the offer tool was down").post("/applications/" + id + "/overrides")
                .then().statusCode(303);
        assertEquals("HIRED", database.text("select status from application where id = ?", id));
        String audit = database.text("select summary from audit_entry where entity_type = 'application' and entity_id = ? "
                + "and action = 'hired without an accepted offer'", id);
        assertTrue(audit.contains("without an accepted offer") && audit.contains("Signed on paper while the offer tool was down"),
                audit);
    }

    @Test
    void theQueuesRunTheSameStatementsForOneOfferAndForMany() {
        long opening = Fixtures.opening(Fixtures.unique("Queued TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE", manager.id());
        database.update("update opening set second_approver_id = ? where id = ?", second.id(), opening);
        atOfferWithADraft(opening);
        long forOne = Statements.during(() -> queuesOf(manager));
        for (int i = 0; i < 5; i++) {
            atOfferWithADraft(opening);
        }
        long forSix = Statements.during(() -> queuesOf(manager));
        assertEquals(forOne, forSix);
        assertEquals(6, section(queuesOf(manager), "approve-heading").split("href=\"/offers/").length - 1);
    }

    private void atOfferWithADraft(long opening) {
        long id = Fixtures.application(Fixtures.candidate(Fixtures.unique("Quinn Queued")), opening);
        database.update("update application set stage = 'OFFER' where id = ?", id);
        database.update("insert into offer (application_id, role_type, ote, currency, base_percent, annual_quota, "
                + "start_date, created_by) values (?, 'TECHNICAL_ACCOUNT_EXECUTIVE', 120000, 'USD', 50, 1000000, "
                + "current_date + 30, 'Test data')", id);
    }
}
