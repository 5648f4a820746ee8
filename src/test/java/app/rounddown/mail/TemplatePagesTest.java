package app.rounddown.mail;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.letters.CandidateTemplate;
import app.rounddown.letters.Letters;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Forms;
import app.rounddown.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 13: "editable by admins on a Templates page with a preview on a real candidate ... a version history like the kits". */
@QuarkusTest
class TemplatePagesTest {
    private static final String CULTURE = "/templates/culture-rejection";

    @Inject
    Database database;
    @Inject
    Letters letters;

    /** Other tests read the shipped wording: every version saved here is gone when the test ends. */
    @AfterEach
    void backToTheShippedTexts() {
        database.update("delete from candidate_template_version");
    }

    @Test
    void theListNamesTheFourMessagesAndTheVersionInUse() {
        String page = given().get("/templates").then().statusCode(200).extract().asString();

        for (CandidateTemplate template : CandidateTemplate.values()) {
            assertTrue(page.contains("<a href=\"/templates/" + template.key() + "\">" + template.title() + "</a>"),
                    template.title());
        }
        assertTrue(page.contains("As shipped"), page);
        assertTrue(page.contains("<a href=\"/templates\">Templates</a>"), "the admin's navigation links the page");
    }

    @Test
    void theEditPageShowsTheCurrentWordingAndEveryPlaceholderWithWhatItHolds() {
        given().get(CULTURE).then().statusCode(200)
                .body(containsString("Rejection after the culture interview"))
                .body(containsString("Now\n  as shipped with Rounddown. Saving makes version 1."))
                .body(containsString("<dt><code>{signedBy}</code></dt><dd>who signs the message</dd>"))
                .body(containsString("<dt><code>{companyName}</code></dt><dd>your company&#39;s name</dd>"))
                .body(containsString("name=\"basedOn\" value=\"0\""))
                .body(containsString("Hi {firstName},"));
    }

    @Test
    void savingMakesTheNextVersionWhichCandidatesReceiveAndTheAuditLogNames() {
        Response saved = save("Thanks from {companyName}, {firstName}", "0");

        assertEquals(303, saved.statusCode());
        String landing = Forms.landing(saved);
        assertTrue(landing.contains("Rejection after the culture interview saved as version 1; candidates receive it"),
                landing);
        assertTrue(landing.contains("Version 1</a>"), landing);
        assertEquals("Thanks from Acme Test Company, Dana", letters.render(CandidateTemplate.CULTURE_REJECTION,
                samples()).subject());
        long version = database.count("select id from candidate_template_version where version = 1");
        assertEquals("Rejection after the culture interview template saved version 1", database.text(
                "select summary from audit_entry where entity_type = 'template' and entity_id = ?", version));
        given().get("/templates").then().body(containsString("<td>Version 1</td>"));
    }

    @Test
    void anUnknownPlaceholderIsShownBesideTheFieldAndTheTypedTextIsKept() {
        Response refused = save("Thanks, {candidatName}", "0");

        assertEquals(400, refused.statusCode());
        String page = refused.asString();
        assertTrue(page.contains("The subject (line 1): {candidatName} is not a placeholder of this template; it has "
                + "firstName, candidateName, openingTitle, signedBy, companyName."), page);
        assertTrue(page.contains("value=\"Thanks, {candidatName}\""), page);
        assertEquals(0, database.count("select count(*) from candidate_template_version"));
    }

    @Test
    void aSaveFromAVersionSomeoneReplacedMeanwhileIsRefusedKeepingTheTypedText() {
        assertEquals(303, save("Rita's {firstName}", "0").statusCode());

        Response stale = save("Sam's {firstName}", "0");

        assertEquals(409, stale.statusCode());
        String page = stale.asString();
        assertTrue(page.contains("saved version 1 on "), page);
        assertTrue(page.contains("while you were working from the shipped text, so nothing was saved"), page);
        assertTrue(page.contains("value=\"Sam&#39;s {firstName}\""), page);
        assertEquals(1, database.count("select count(*) from candidate_template_version"));
    }

    @Test
    void aPreviewUsesARealCandidatesNamesAndRoleAndSavesNothing() {
        String name = Fixtures.unique("Priya Previewfirst");
        String title = Fixtures.unique("Preview Account Executive");
        Fixtures.application(Fixtures.candidate(name), Fixtures.opening(title, "TECHNICAL_ACCOUNT_EXECUTIVE"));

        String page = Forms.post().formParams(form("Thanks, {firstName}", "0")).formParam("find", name)
                .post(CULTURE + "/previews").then().statusCode(200).extract().asString();

        assertTrue(page.contains("Preview for " + name), page);
        assertTrue(page.contains("<dd>Thanks, Priya</dd>"), page);
        assertTrue(page.contains("Hi Priya, thank you for interviewing for " + title), page);
        assertTrue(page.contains("srcdoc=\""), page);
        assertTrue(page.contains("the other placeholders show sample values"), page);
        assertEquals(0, database.count("select count(*) from candidate_template_version"));
    }

    @Test
    void aPreviewWithAMistakeShowsItBesideTheField() {
        Map<String, String> form = form("Thanks", "0");
        form.put("html", "<p>{#if signedBy}</p>");
        Forms.post().formParams(form).post(CULTURE + "/previews").then().statusCode(400)
                .body(containsString("The HTML part cannot be read (line 1)"))
                .body(not(containsString("Preview for")));
    }

    @Test
    void anOldVersionCanBeReadAndRestoredAsTheNewest() {
        save("First {firstName}", "0");
        save("Second {firstName}", "1");
        given().get(CULTURE + "/versions/1").then().statusCode(200)
                .body(containsString("First {firstName}"))
                .body(containsString("First Dana"))
                .body(containsString("Restore version 1"));

        Response restored = Forms.post().formParam("version", "1").formParam("basedOn", "2")
                .post(CULTURE + "/restorations");

        assertEquals(303, restored.statusCode());
        assertTrue(Forms.landing(restored).contains("version 1 is in use again, saved as version 3"));
        assertEquals("First Dana", letters.render(CandidateTemplate.CULTURE_REJECTION, samples()).subject());
        long version = database.count("select id from candidate_template_version where version = 3");
        assertEquals("Rejection after the culture interview template restored from version 1 as version 3",
                database.text("select summary from audit_entry where entity_type = 'template' and action = 'restored' "
                        + "and entity_id = ?", version));
    }

    @Test
    void aRestoreFromAnOutdatedPageIsRefused() {
        save("First {firstName}", "0");
        save("Second {firstName}", "1");

        Forms.post().formParam("version", "0").formParam("basedOn", "1").post(CULTURE + "/restorations").then()
                .statusCode(409).body(containsString("saved version 2 on "));
        assertEquals("Second Dana", letters.render(CandidateTemplate.CULTURE_REJECTION, samples()).subject());
    }

    @Test
    void theShippedTextCanBeReadAndBroughtBack() {
        save("Edited {firstName}", "0");
        given().get(CULTURE + "/versions/0").then().statusCode(200).body(containsString("Back to the shipped text"));

        assertEquals(303, Forms.post().formParam("version", "0").formParam("basedOn", "1")
                .post(CULTURE + "/restorations").statusCode());

        assertEquals(Letters.shipped(CandidateTemplate.CULTURE_REJECTION), letters.current(
                CandidateTemplate.CULTURE_REJECTION));
    }

    @Test
    void theEditPageRunsAFixedNumberOfStatementsWhateverTheHistory() {
        long shipped = Statements.during(() -> given().get(CULTURE).then().statusCode(200));
        for (int version = 0; version < 4; version++) {
            save("Version {firstName} " + (version + 1), String.valueOf(version));
        }

        assertEquals(shipped, Statements.during(() -> given().get(CULTURE).then().statusCode(200)));
    }

    @Test
    void anUnknownTemplateOrVersionIsNotFound() {
        given().get("/templates/no-such-message").then().statusCode(404);
        given().get(CULTURE + "/versions/7").then().statusCode(404);
    }

    @Test
    void onlyAdminsReachTheTemplates() {
        Fixtures.rita().calls().redirects().follow(false).get("/templates").then().statusCode(403);
        Forms.postAs(Fixtures.rita()).formParams(form("Rita {firstName}", "0")).post(CULTURE).then().statusCode(403);
        assertEquals(0, database.count("select count(*) from candidate_template_version"));
    }

    private static Response save(String subject, String basedOn) {
        return Forms.post().formParams(form(subject, basedOn)).post(CULTURE);
    }

    private static Map<String, String> form(String subject, String basedOn) {
        return new HashMap<>(Map.of("subject", subject, "basedOn", basedOn,
                "text", "Hi {firstName}, thank you for interviewing for {openingTitle}.\r\n\r\n{signedBy}, {companyName}",
                "html", "<!DOCTYPE html>\r\n<html lang=\"en\"><head><title>{companyName}</title></head><body><p>Hi "
                        + "{firstName}</p></body></html>"));
    }

    private static Map<String, Object> samples() {
        Map<String, Object> values = CandidateTemplate.CULTURE_REJECTION.samples();
        values.remove(CandidateTemplate.COMPANY_NAME);
        return values;
    }
}
