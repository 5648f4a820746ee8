package app.rounddown.web;

import static app.rounddown.support.SuperDayFixtures.form;
import static app.rounddown.support.SuperDayFixtures.janeAtSuperDay;
import static app.rounddown.support.SuperDayFixtures.portalLink;
import static app.rounddown.support.SuperDayFixtures.schedule;
import static app.rounddown.support.SuperDayFixtures.task;
import static app.rounddown.support.SuperDayFixtures.usualDay;
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
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 6: "Destructive or irreversible actions ask first: release the task now, make a new candidate link
 * (the old one stops working), deactivate a user, cancel a SuperDay, reject. A real confirmation page or dialog that
 * also works without JavaScript." Each asks on a page of its own (a GET that writes nothing), saying what will happen
 * above the real form, with "No, go back".
 */
@QuarkusTest
class ConfirmationsTest {
    private static final LocalDateTime NEXT_MONTH = LocalDate.now().plusMonths(1).withDayOfMonth(10).atTime(9, 0);

    @Inject
    Database database;

    private long superDay(Long taskId) {
        return schedule(usualDay(janeAtSuperDay(), "Europe/London", NEXT_MONTH, Fixtures.hannah().id(), taskId));
    }

    private String candidateOf(long superDayId) {
        return database.text("select c.name from superday s join application a on a.id = s.application_id "
                + "join candidate c on c.id = a.candidate_id where s.id = ?", superDayId);
    }

    private static String page(String path) {
        return given().get(path).then().statusCode(200).extract().asString();
    }

    /** The question's own form posts to the action, and the way back goes where the person came from. */
    private static void asksWithItsForm(String page, String action, String yes, String back) {
        assertTrue(page.contains("<h2 id=\"confirm-what\">What happens</h2>"), page);
        assertTrue(page.contains("<form method=\"post\" action=\"" + action + "\" novalidate>"), page);
        assertTrue(page.contains(">" + yes + "</button>"), page);
        assertTrue(page.contains("<a href=\"" + back + "\">No, go back</a>"), page);
    }

    @Test
    void releasingTheTaskEarlyAsksFirstAndSaysWhatTheCandidateSeesAndWhatCannotBeUndone() {
        long id = superDay(task(Fixtures.unique("Acme first week")));
        String name = candidateOf(id);
        String superDayPage = page("/superdays/" + id);
        assertTrue(superDayPage.contains("<a class=\"button\" href=\"/superdays/" + id + "/release\">Release the task now…</a>"));
        assertFalse(superDayPage.contains("action=\"/superdays/" + id + "/release\""), "no one-click release on the page");

        String question = page("/superdays/" + id + "/release");
        asksWithItsForm(question, "/superdays/" + id + "/release", "Yes, release the task now", "/superdays/" + id);
        assertTrue(question.contains(name + " sees “Acme first week"), question);
        assertTrue(question.contains("instead of at kick-off ("
                + NEXT_MONTH.format(DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH)) + ", their time)"), question);
        assertTrue(question.contains("it can no longer be cancelled for the cancellation fee"), question);
        assertNull(database.text("select released_at from superday where id = ?", id), "asking releases nothing");

        form().post("/superdays/" + id + "/release").then().statusCode(303);
        assertNotNull(database.text("select released_at from superday where id = ?", id));
        String again = Forms.landing(given().redirects().follow(false).get("/superdays/" + id + "/release")
                .then().statusCode(303).extract().response());
        assertTrue(again.contains("The task is already released, or this SuperDay is over."), "asked again, it says why not");
    }

    @Test
    void aNewCandidateLinkAsksFirstAndTheOldLinkWorksUntilTheAnswerIsYes() {
        long id = superDay(null);
        String name = candidateOf(id);
        String old = portalLink(id);
        String superDayPage = page("/superdays/" + id);
        assertTrue(superDayPage.contains("href=\"/superdays/" + id + "/links\">Make a new link…</a>"), superDayPage);
        assertFalse(superDayPage.contains("action=\"/superdays/" + id + "/links\""), "no new link from the page itself");

        String question = page("/superdays/" + id + "/links");
        asksWithItsForm(question, "/superdays/" + id + "/links", "Yes, make a new link and e-mail it", "/superdays/" + id);
        assertTrue(question.contains("The link " + name + " has now stops working at once"), question);
        assertTrue(question.contains(name + " is e-mailed the new link at "), question);
        given().auth().none().get(old).then().statusCode(200);

        form().post("/superdays/" + id + "/links").then().statusCode(303);
        given().auth().none().get(old).then().statusCode(404);
    }

    @Test
    void revokingTheLinkAsksFirstAndSaysTheCandidateIsNotTold() {
        long id = superDay(null);
        String link = portalLink(id);
        String question = page("/superdays/" + id + "/link-revocation");
        asksWithItsForm(question, "/superdays/" + id + "/link-revocation", "Yes, revoke the link", "/superdays/" + id);
        assertTrue(question.contains("is not told; nothing is e-mailed."), question);
        given().auth().none().get(link).then().statusCode(200);

        form().post("/superdays/" + id + "/link-revocation").then().statusCode(303);
        given().auth().none().get(link).then().statusCode(404);
    }

    @Test
    void cancellingASuperDayAsksOnAPageThatNamesTheFeeAndKeepsWhatWasTypedWhenTheReasonIsMissing() {
        long id = superDay(null);
        String name = candidateOf(id);
        String superDayPage = page("/superdays/" + id);
        assertTrue(superDayPage.contains("href=\"/superdays/" + id + "/cancellation\">Cancel this SuperDay…</a>"));
        assertFalse(superDayPage.contains("action=\"/superdays/" + id + "/cancellation\""));

        String version = database.text("select version from superday where id = ?", id);
        String question = page("/superdays/" + id + "/cancellation");
        asksWithItsForm(question, "/superdays/" + id + "/cancellation", "Yes, cancel the SuperDay", "/superdays/" + id);
        assertTrue(question.contains("is paid the cancellation fee of 500.00 USD"), question);
        assertTrue(question.contains("<input type=\"hidden\" name=\"version\" value=\"" + version + "\">"), question);
        assertTrue(question.contains("value=\"company\" checked"), "the company cancelling is the usual case");

        form().formParam("version", version).formParam("reason", " ").formParam("cancelledBy", "candidate")
                .post("/superdays/" + id + "/cancellation").then().statusCode(400)
                .body(containsString("<h1>Cancel " + name))
                .body(containsString("<p class=\"error\" id=\"reason-error\">Say why the SuperDay is cancelled"))
                .body(containsString("value=\"candidate\" checked"))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"" + version + "\">"));
        assertEquals("SCHEDULED", database.text("select status from superday where id = ?", id));
    }

    @Test
    void aCancellationAnsweredFromAPageOpenedBeforeAnotherChangeIsRefusedNotApplied() {
        long id = superDay(null);
        String seen = database.text("select version from superday where id = ?", id);
        form().formParam("version", seen).formParam("status", "CONFIRMED").post("/superdays/" + id + "/status")
                .then().statusCode(303);
        form().formParam("version", seen).formParam("reason", "Hired elsewhere.").formParam("cancelledBy", "candidate")
                .post("/superdays/" + id + "/cancellation").then().statusCode(409)
                .body(containsString("Someone else saved a change"));
        assertEquals("CONFIRMED", database.text("select status from superday where id = ?", id));
    }

    @Test
    void aSuperDayThatCannotBeCancelledAnyMoreSaysSoInsteadOfAsking() {
        long id = superDay(null);
        database.update("update superday set released_at = now(), status = 'IN_PROGRESS' where id = ?", id);
        String back = Forms.landing(given().redirects().follow(false).get("/superdays/" + id + "/cancellation")
                .then().statusCode(303).extract().response());
        assertTrue(back.contains("The candidate has already received the task, so the day is paid in full"), back);
        assertFalse(back.contains("Cancel this SuperDay…"));
    }

    @Test
    void deactivatingAUserAsksFirstAndSaysWhatStopsAndWhatStays() {
        Fixtures.Person person = Fixtures.person(Fixtures.unique("Dee Activated"), "INTERVIEWER");
        String users = page("/users");
        assertTrue(users.matches("(?s).*<a class=\"button small\" href=\"/users/\\d+/deactivation\">Deactivate….*"), users);
        assertFalse(users.matches("(?s).*action=\"/users/\\d+/deactivation\".*"), "no one-click deactivation");

        String question = page("/users/" + person.id() + "/deactivation");
        asksWithItsForm(question, "/users/" + person.id() + "/deactivation", "Yes, deactivate " + person.name(), "/users");
        assertTrue(question.contains(person.name() + " can no longer sign in, and is signed out of every browser at once."));
        assertTrue(question.contains("Their API tokens are revoked"), question);
        person.calls().get("/profile").then().statusCode(200);

        Forms.post().post("/users/" + person.id() + "/deactivation").then().statusCode(303);
        assertEquals("false", database.text("select active::text from app_user where id = ?", person.id()));
    }

    @Test
    void theRejectButtonSaysWhereTheCandidateIsRejectedAndThatACultureMessageIsDraftedNext() {
        long opening = Fixtures.openingTae();
        long id = Fixtures.application(Fixtures.candidate("Cora Culture"), opening);
        Fixtures.move(id, "APPLIED", "CULTURE");
        String name = database.text("select c.name from application a join candidate c on c.id = a.candidate_id "
                + "where a.id = ?", id);
        String question = page("/applications/" + id + "/rejections/new?returnTo=/boards/" + opening);
        asksWithItsForm(question, "/applications/" + id + "/rejections", "Reject " + name + " at Culture interview",
                "/boards/" + opening);
        assertTrue(question.contains("Next, a short message to " + name + " is drafted for you to edit and send, or not"));
        assertTrue(question.contains("name=\"seenStage\" value=\"CULTURE\""), question);

        long applied = Fixtures.application(Fixtures.candidate("Abe Applied"), opening);
        String appliedName = database.text("select c.name from application a join candidate c on c.id = a.candidate_id "
                + "where a.id = ?", applied);
        given().get("/applications/" + applied + "/rejections/new").then().statusCode(200)
                .body(containsString(">Reject " + appliedName + " at Applied</button>"))
                .body(containsString("Nothing is sent to " + appliedName + "."))
                .body(not(containsString("is drafted")));
    }

    @Test
    void neitherTheBoardNorTheCandidatePageCanRejectInOneClick() {
        long opening = Fixtures.openingTae();
        long id = Fixtures.application(Fixtures.candidate("Una Click"), opening);
        long candidate = database.count("select candidate_id from application where id = ?", id);
        assertTrue(page("/boards/" + opening).contains("href=\"/applications/" + id + "/actions\""),
                "the board's card opens its actions");
        for (String path : new String[] {"/applications/" + id + "/actions", "/candidates/" + candidate}) {
            String shown = page(path);
            assertTrue(shown.contains("href=\"/applications/" + id + "/rejections/new?returnTo="), path);
            assertFalse(shown.contains("action=\"/applications/" + id + "/rejections\""), path);
        }
        form().formParam("seenStage", "APPLIED").formParam("seenStatus", "ACTIVE").formParam("category", "EXPERIENCE")
                .post("/applications/" + id + "/rejections").then().statusCode(400)
                .body(containsString("id=\"reason-error\""));
        assertEquals("ACTIVE", database.text("select status from application where id = ?", id));
    }
}
