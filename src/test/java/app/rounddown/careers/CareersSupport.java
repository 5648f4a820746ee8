package app.rounddown.careers;

import static io.restassured.RestAssured.given;

import app.rounddown.support.Browser;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A candidate's browser on the careers page: the page's cookie and token, and a form filled in as a person would. */
final class CareersSupport {
    private CareersSupport() {
    }

    static String slugOf(Database database, long openingId) {
        return database.text("select slug from opening where id = ?", openingId);
    }

    /** Everything a valid application holds, for tests to change one field of. */
    static Map<String, String> valid(String email) {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", "Casey Candidate");
        fields.put("email", email);
        fields.put("phone", "+44 20 7946 0000");
        fields.put("linkedinUrl", "https://www.linkedin.com/in/casey");
        fields.put("note", "I sold developer tools for five years.");
        fields.put("heardFrom", "CAREERS_PAGE");
        fields.put("timeZone", "Europe/Berlin");
        fields.put("consent", "true");
        return fields;
    }

    /** Opens the job's page and sends its form, shown long enough ago for a person to have filled it in. */
    static Response apply(FormStamps stamps, String slug, Map<String, String> fields, String cvName, byte[] cv) {
        return form(slug, fields, stamps.issue(Instant.now().minusSeconds(20)), cvName, cv)
                .post("/jobs/" + slug + "/applications");
    }

    static RequestSpecification form(String slug, Map<String, String> fields, String stamp, String cvName, byte[] cv) {
        Response page = given().auth().none().get("/jobs/" + slug);
        RequestSpecification request = given().auth().none().redirects().follow(false).cookies(page.getCookies())
                .multiPart("_csrf", Browser.csrfToken(page));
        if (stamp != null) {
            request.multiPart("stamp", stamp);
        }
        fields.forEach((name, value) -> request.multiPart(name, value));
        if (cv != null) {
            request.multiPart("cv", cvName, cv, "application/pdf");
        }
        return request;
    }

    static byte[] cv() {
        return Fixtures.pdf("Casey Candidate, account executive");
    }

    /** What a refused submission must leave as it was. */
    static String counts(Database database) {
        return database.count("select count(*) from candidate") + " candidates, "
                + database.count("select count(*) from application") + " applications, "
                + database.count("select count(*) from candidate_consent") + " consents, "
                + database.count("select count(*) from candidate_cv") + " CVs, "
                + database.count("select count(*) from stored_file") + " files";
    }
}
