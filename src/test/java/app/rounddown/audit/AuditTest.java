package app.rounddown.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTest {
    @Inject
    Database database;

    @Test
    void editingAnOpeningRecordsWhoAndTheChangedFieldsBeforeAndAfter() {
        long id = Fixtures.openingTae();
        Fixtures.rita().calls().contentType(ContentType.JSON)
                .body(Map.of("title", "Renamed by Rita", "roleType", "TECHNICAL_ACCOUNT_EXECUTIVE",
                        "hiringManagerId", Fixtures.hannah().id(), "version", 0))
                .put("/api/openings/" + id).then().statusCode(200);
        assertEquals("Rita Recruiter", database.text("select actor_name from audit_entry where entity_type = 'opening' "
                + "and entity_id = ? and action = 'updated'", id));
        assertEquals("Renamed by Rita", database.text("select changes -> 'title' ->> 'after' from audit_entry "
                + "where entity_type = 'opening' and entity_id = ? and action = 'updated'", id));
        assertEquals(null, database.text("select changes -> 'roleType' from audit_entry "
                + "where entity_type = 'opening' and entity_id = ? and action = 'updated'", id), "unchanged fields are left out");
    }

    @Test
    void aProfileEditShowsOnTheCandidatePageAndAMoveOnTheAuditPage() {
        long candidate = Fixtures.candidate("Audited Person");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Audited Person", "email", Fixtures.email(),
                "timeZone", "Europe/Paris", "source", "REFERRAL", "version", 0));
        given().contentType(ContentType.JSON).body(body).put("/api/candidates/" + candidate).then().statusCode(200);
        given().get("/candidates/" + candidate).then().statusCode(200)
                .body(containsString("Record history")).body(containsString("Audited Person&#39;s profile edited"))
                .body(containsString("Europe/Paris"));

        long application = Fixtures.application(candidate, Fixtures.openingTae());
        Fixtures.move(application, "APPLIED", "CULTURE");
        given().get("/audit?type=application").then().statusCode(200)
                .body(containsString("Audited Person moved from Applied to Culture interview"));
        given().get("/audit?type=opening&actorId=" + Fixtures.simon().id()).then().statusCode(200)
                .body(not(containsString("Audited Person")));
        given().get("/audit?from=yesterday").then().statusCode(200).body(containsString("Use dates like"));
        // Issue 17, item 18: words rather than stored values, and every kind of record in the filter.
        given().get("/audit?type=candidate").then().statusCode(200)
                .body(containsString("<dt>Time zone</dt>")).body(not(containsString("<dt>timeZone</dt>")))
                .body(containsString("<option value=\"superday\">SuperDays</option>"))
                .body(containsString("<option value=\"team-member\">Team rosters</option>"));
    }

    @Test
    void theAuditLogCannotBeRewritten() {
        Fixtures.openingTae();
        assertThrows(SQLException.class, () -> database.execute("update audit_entry set actor_name = 'nobody'"));
        assertThrows(SQLException.class, () -> database.execute("delete from audit_entry"));
    }
}
