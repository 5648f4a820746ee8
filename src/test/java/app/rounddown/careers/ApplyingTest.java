package app.rounddown.careers;

import static app.rounddown.careers.CareersSupport.apply;
import static app.rounddown.careers.CareersSupport.counts;
import static app.rounddown.careers.CareersSupport.cv;
import static app.rounddown.careers.CareersSupport.slugOf;
import static app.rounddown.careers.CareersSupport.valid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.candidate.CvFormat;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Forms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The application form on the careers page: what it stores, what it refuses, and how it treats people. */
@QuarkusTest
class ApplyingTest {
    @Inject
    Database database;
    @Inject
    FormStamps stamps;
    @Inject
    ConsentText consent;

    /** Every test applies from the same address (the test's own); the hourly limit has a test of its own. */
    @BeforeEach
    void forgetEarlierSubmissions() {
        database.update("delete from careers_submission");
    }

    private String published() {
        return slugOf(database, Fixtures.publishedOpening(Fixtures.unique("Account Executive"), "TECHNICAL_ACCOUNT_EXECUTIVE"));
    }

    @Test
    void anApplicationStoresTheCandidateTheApplicationAtAppliedTheirCvAndTheirConsent() {
        String slug = published();
        String email = Fixtures.email();
        Map<String, String> fields = valid(email);
        fields.put("heardFrom", "REFERRAL");
        fields.put("referrer", "Rita Recruiter");
        Response sent = apply(stamps, slug, fields, "casey.pdf", cv());
        sent.then().statusCode(303).header("Location", containsString("/jobs/" + slug + "/applied"));
        assertTrue(Forms.landing(sent).contains("is in."), "the confirmation page says the application arrived");
        String candidate = database.text("select id from candidate where email = ?", email);
        assertEquals("REFERRAL", database.text("select source from candidate where id = ?::bigint", candidate));
        assertEquals("Europe/Berlin", database.text("select time_zone from candidate where id = ?::bigint", candidate));
        assertTrue(database.text("select notes from candidate where id = ?::bigint", candidate)
                .contains("Referred by: Rita Recruiter."));
        assertEquals("APPLIED ACTIVE", database.text("select a.stage || ' ' || a.status from application a join opening o "
                + "on o.id = a.opening_id where a.candidate_id = ?::bigint and o.slug = ?", candidate, slug));
        assertEquals("casey.pdf application/pdf", database.text("select f.filename || ' ' || f.content_type from "
                + "candidate_cv c join stored_file f on f.id = c.file_id where c.candidate_id = ?::bigint", candidate));
        assertEquals(consent.version(), database.text("select text_version from candidate_consent where candidate_id = ?::bigint "
                + "and application_id is not null", candidate));
        assertEquals(consent.text(), database.text("select text from candidate_consent where candidate_id = ?::bigint", candidate));
        assertTrue(consent.version().startsWith(ConsentText.WRITTEN + "-"));
        assertEquals("the candidate", database.text("select string_agg(distinct actor_name, ',') from audit_entry "
                + "where candidate_id = ?::bigint", candidate), "the audit log names the candidate as the one who acted");
        assertEquals("the candidate", database.text("select e.actor from application_event e join application a on "
                + "a.id = e.application_id where a.candidate_id = ?::bigint", candidate));
        assertEquals(1, database.count("select count(*) from outbox where to_address = ? and kind = "
                + "'application-received' and to_candidate", email));
    }

    @Test
    void theSourceIsInboundUnlessTheCandidateSaysOtherwise() {
        String slug = published();
        String email = Fixtures.email();
        Map<String, String> fields = valid(email);
        fields.remove("heardFrom");
        apply(stamps, slug, fields, "cv.pdf", cv()).then().statusCode(303);
        assertEquals("INBOUND", database.text("select source from candidate where email = ?", email));
    }

    @Test
    void everyBadFieldIsRefusedWithItsMessageBesideItAndTheTypedValuesKept() {
        String slug = published();
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("name", new String[] {"", "Enter your name."});
        cases.put("email", new String[] {"casey-at-example", "Enter an e-mail address like name@example.com."});
        cases.put("phone", new String[] {"call me", "Enter a phone number with digits"});
        cases.put("linkedinUrl", new String[] {"https://example.com/casey", Applying.LINKEDIN});
        cases.put("note", new String[] {"x".repeat(2001), "Keep the note to 2,000 characters or fewer."});
        cases.put("timeZone", new String[] {"Mars/Olympus_Mons", "Choose a time zone by its name"});
        cases.put("heardFrom", new String[] {"A_LITTLE_BIRD", "Choose how you heard about us."});
        cases.put("referrer", new String[] {"r".repeat(201), "Keep the name of the person who referred you"});
        cases.put("consent", new String[] {"", "Tick the box to agree"});
        for (Map.Entry<String, String[]> bad : cases.entrySet()) {
            String email = Fixtures.email();
            Map<String, String> fields = valid(email);
            fields.put(bad.getKey(), bad.getValue()[0]);
            String before = counts(database);
            String page = apply(stamps, slug, fields, null, null).then().statusCode(400)
                    .body(containsString("id=\"" + bad.getKey() + "-error\"")).body(containsString(bad.getValue()[1]))
                    .extract().asString();
            assertTrue(page.contains(Applicants.CV_MISSING), "the missing CV is said beside its field too");
            if (!bad.getKey().equals("email")) {
                assertTrue(page.contains("value=\"" + email + "\""), "the typed e-mail address is kept");
            }
            assertEquals(before, counts(database), "nothing is stored for a refused " + bad.getKey());
        }
    }

    @Test
    void aCvIsJudgedByItsContentSoATextFileNamedPdfIsRefused() {
        String slug = published();
        String before = counts(database);
        apply(stamps, slug, valid(Fixtures.email()), "cv.pdf", "Just some text".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(400).body(containsString(CvFormat.REFUSED));
        assertEquals(before, counts(database));
    }

    @Test
    void aCvOverTenMegabytesIsRefused() {
        String slug = published();
        byte[] large = new byte[(int) CvFormat.MAX_BYTES + 1];
        Arrays.fill(large, (byte) ' ');
        System.arraycopy(Fixtures.pdf("big"), 0, large, 0, 100);
        String before = counts(database);
        apply(stamps, slug, valid(Fixtures.email()), "big.pdf", large).then().statusCode(400)
                .body(containsString("a CV can be at most 10 MB"));
        assertEquals(before, counts(database));
    }

    @Test
    void aFineCvIsKeptWhenAnotherFieldIsWrongAndUsedOnTheRetry() {
        String slug = published();
        String email = Fixtures.email();
        Map<String, String> fields = valid(email);
        fields.put("consent", "");
        String page = apply(stamps, slug, fields, "kept-cv.pdf", cv()).then().statusCode(400)
                .body(containsString("Kept: <strong>kept-cv.pdf</strong>")).extract().asString();
        int at = page.indexOf("name=\"keptCv\" value=\"") + "name=\"keptCv\" value=\"".length();
        String token = page.substring(at, page.indexOf('"', at));
        assertEquals(0, database.count("select count(*) from candidate where email = ?", email));
        assertEquals(1, database.count("select count(*) from pending_cv_upload p join stored_file f on f.id = p.file_id "
                + "where f.filename = 'kept-cv.pdf' and p.token_hash <> ?", token), "only the token's hash is stored");
        fields.put("consent", "true");
        fields.put("keptCv", token);
        apply(stamps, slug, fields, null, null).then().statusCode(303);
        assertEquals("kept-cv.pdf", database.text("select f.filename from candidate_cv c join candidate p on "
                + "p.id = c.candidate_id join stored_file f on f.id = c.file_id where p.email = ?", email));
        fields.put("email", Fixtures.email());
        apply(stamps, slug, fields, null, null).then().statusCode(400).body(containsString(Applicants.CV_MISSING));
    }

    @Test
    void aFormWithTheHiddenFieldFilledInLooksSentButStoresNothing() {
        String slug = published();
        Map<String, String> fields = valid(Fixtures.email());
        fields.put(ApplicationPost.HONEYPOT, "+1 555 0100");
        String before = counts(database);
        apply(stamps, slug, fields, "cv.pdf", cv()).then().statusCode(303)
                .header("Location", containsString("/jobs/" + slug + "/applied"));
        assertEquals(before, counts(database));
        assertEquals(0, database.count("select count(*) from careers_submission"));
    }

    @Test
    void aFormSentBackWithinThreeSecondsOrWithAForgedStampIsRefusedAndStoresNothing() {
        String slug = published();
        String before = counts(database);
        CareersSupport.form(slug, valid(Fixtures.email()), stamps.issue(Instant.now()), "cv.pdf", cv())
                .post("/jobs/" + slug + "/applications").then().statusCode(400)
                .body(containsString("quicker than a person fills in this form"));
        String forged = stamps.issue(Instant.now().minusSeconds(60));
        CareersSupport.form(slug, valid(Fixtures.email()), forged.substring(0, forged.indexOf('.')) + ".made-up",
                "cv.pdf", cv()).post("/jobs/" + slug + "/applications").then().statusCode(400);
        CareersSupport.form(slug, valid(Fixtures.email()), null, "cv.pdf", cv())
                .post("/jobs/" + slug + "/applications").then().statusCode(400);
        assertEquals(before, counts(database));
    }

    @Test
    void theSixthApplicationFromOneAddressWithinTheHourIsRefusedAndSaysWhenToTryAgain() {
        String slug = published();
        for (int i = 0; i < SubmissionLimit.PER_HOUR; i++) {
            apply(stamps, slug, valid(Fixtures.email()), "cv.pdf", cv()).then().statusCode(303);
        }
        String before = counts(database);
        String email = Fixtures.email();
        apply(stamps, slug, valid(email), "cv.pdf", cv()).then().statusCode(429)
                .body(containsString("Please try again after")).body(containsString("value=\"" + email + "\""));
        assertEquals(before, counts(database));
    }

    @Test
    void theSameEmailInAnotherCaseReusesTheCandidateAndAddsTheApplicationAndTheCv() {
        String first = published();
        String second = published();
        String email = Fixtures.email();
        apply(stamps, first, valid(email), "first.pdf", cv()).then().statusCode(303);
        Map<String, String> again = valid(email.toUpperCase());
        again.put("name", "Someone Else");
        apply(stamps, second, again, "second.pdf", cv()).then().statusCode(303);
        assertEquals(1, database.count("select count(*) from candidate where lower(email) = lower(?)", email));
        assertEquals("Casey Candidate", database.text("select name from candidate where email = ?", email),
                "a known candidate's profile is not overwritten by the form");
        assertEquals(2, database.count("select count(*) from application a join candidate c on c.id = a.candidate_id "
                + "where c.email = ?", email));
        assertEquals(2, database.count("select count(*) from candidate_cv v join candidate c on c.id = v.candidate_id "
                + "where c.email = ?", email));
    }

    @Test
    void applyingTwiceToOneOpeningSaysKindlyThatTheApplicationIsAlreadyInAndStoresNothing() {
        String slug = published();
        String email = Fixtures.email();
        apply(stamps, slug, valid(email), "cv.pdf", cv()).then().statusCode(303);
        String before = counts(database);
        Response again = apply(stamps, slug, valid(email.toUpperCase()), "cv.pdf", cv());
        again.then().statusCode(303);
        assertTrue(Forms.landing(again).contains("Thanks, your application for this role is already with us."));
        assertEquals(before, counts(database));
        assertEquals(1, database.count("select count(*) from outbox where lower(to_address) = lower(?)", email),
                "one confirmation only");
    }

    @Test
    void someoneRejectedBeforeTheirReapplyDateCanApplyAndTheBoardCardSaysSo() {
        String email = Fixtures.email();
        long earlier = Fixtures.openingTae();
        apply(stamps, slugOf(database, Fixtures.publishedOpening(Fixtures.unique("Earlier role"), "TECHNICAL_ACCOUNT_EXECUTIVE")),
                valid(email), "cv.pdf", cv()).then().statusCode(303);
        long candidate = database.count("select id from candidate where email = ?", email);
        long rejected = Fixtures.application(candidate, earlier);
        database.update("insert into decision (application_id, outcome, message, reapply_after, decided_by, decided_at) "
                + "values (?, 'REJECT', 'Not this time.', current_date + 300, 'Hannah Hiring', now())", rejected);
        String reapplyAfter = database.text("select (current_date + 300)::text");
        long now = Fixtures.publishedOpening(Fixtures.unique("Later role"), "TECHNICAL_ACCOUNT_EXECUTIVE");
        apply(stamps, slugOf(database, now), valid(email), "cv.pdf", cv()).then().statusCode(303);
        assertEquals(reapplyAfter, database.text("select early_reapply_after::text from application where opening_id = ?", now));
        given().get("/boards/" + now).then().statusCode(200)
                .body(containsString("Reapplied before " + reapplyAfter)).body(containsString("badge-new"));
    }

    @Test
    void aNewApplicationIsNewOnTheBoardUntilARecruiterOpensTheCandidateNotWhenAHiringManagerDoes() {
        long opening = Fixtures.publishedOpening(Fixtures.unique("Badge role"), "TECHNICAL_ACCOUNT_EXECUTIVE");
        String email = Fixtures.email();
        apply(stamps, slugOf(database, opening), valid(email), "cv.pdf", cv()).then().statusCode(303);
        long candidate = database.count("select id from candidate where email = ?", email);
        long application = database.count("select id from application where candidate_id = ?", candidate);
        given().get("/boards/" + opening).then().statusCode(200).body(containsString("badge-new"));
        Fixtures.hannah().calls().get("/candidates/" + candidate).then().statusCode(200);
        assertNull(database.text("select opened_at from application where id = ?", application),
                "the hiring manager's view leaves it new");
        given().get("/boards/" + opening).then().body(containsString("badge-new"));
        Fixtures.rita().calls().get("/candidates/" + candidate).then().statusCode(200);
        assertNotNull(database.text("select opened_at from application where id = ?", application));
        given().get("/boards/" + opening).then().statusCode(200).body(not(containsString("badge-new")));
    }
}
