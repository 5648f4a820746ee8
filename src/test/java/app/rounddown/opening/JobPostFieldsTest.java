package app.rounddown.opening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Forms;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Openings gain what a job post needs: a public description (rich text, same safe formatting as task briefs),
 * location / remote, an employment type, a 'published' switch and a stable slug. Closing an opening unpublishes it."
 */
@QuarkusTest
class JobPostFieldsTest {
    @Inject
    Database database;

    private static Map<String, Object> opening(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("roleType", "TECHNICAL_ACCOUNT_EXECUTIVE");
        body.put("hiringManagerId", Fixtures.hannah().id());
        return body;
    }

    @Test
    void aNewOpeningGetsAnAddressFromItsTitleThatStaysWhenTheTitleChanges() {
        String marker = Fixtures.unique("Zoë").substring(4);
        long id = ((Number) given().contentType(ContentType.JSON).body(opening("Account Exécutive (EMEA) " + marker))
                .post("/api/openings").then().statusCode(201).body("published", equalTo(false))
                .body("remote", equalTo("ON_SITE")).body("employmentType", equalTo("FULL_TIME"))
                .extract().path("id")).longValue();
        String slug = database.text("select slug from opening where id = ?", id);
        assertEquals("account-executive-emea-" + marker.strip(), slug);
        Map<String, Object> renamed = opening("Another title");
        renamed.put("version", 0);
        given().contentType(ContentType.JSON).body(renamed).put("/api/openings/" + id).then().statusCode(200)
                .body("slug", equalTo(slug));
    }

    @Test
    void twoOpeningsWithOneTitleGetDifferentAddresses() {
        String title = Fixtures.unique("Twin role");
        given().contentType(ContentType.JSON).body(opening(title)).post("/api/openings").then().statusCode(201);
        String second = given().contentType(ContentType.JSON).body(opening(title)).post("/api/openings").then()
                .statusCode(201).extract().path("slug");
        assertEquals(Slugs.of(title) + "-2", second);
    }

    @Test
    void anAddressAnotherOpeningHasOrOneThatIsNotUrlSafeIsRefusedAsJson() {
        String taken = given().contentType(ContentType.JSON).body(opening(Fixtures.unique("Taken"))).post("/api/openings")
                .then().statusCode(201).extract().path("slug");
        long before = database.count("select count(*) from opening");
        Map<String, Object> clash = opening(Fixtures.unique("Clash"));
        clash.put("slug", taken);
        given().contentType(ContentType.JSON).body(clash).post("/api/openings").then().statusCode(400)
                .body("errors[0].field", equalTo("slug")).body("errors[0].message", containsString("already has this address"));
        clash.put("slug", "Not A Slug!");
        given().contentType(ContentType.JSON).body(clash).post("/api/openings").then().statusCode(400)
                .body("errors[0].field", equalTo("slug")).body("errors[0].message", containsString("lower-case letters"));
        assertEquals(before, database.count("select count(*) from opening"));
    }

    @Test
    void anOpeningIsPublishedOnlyWithADescriptionAndTheFormSaysSoBesideTheField() {
        long before = database.count("select count(*) from opening");
        Forms.post().formParam("title", Fixtures.unique("Unwritten")).formParam("roleType", "TECHNICAL_ACCOUNT_EXECUTIVE")
                .formParam("hiringManagerId", String.valueOf(Fixtures.hannah().id())).formParam("description", "")
                .formParam("location", "Lisbon").formParam("remote", "REMOTE").formParam("employmentType", "CONTRACT")
                .formParam("publishedShown", "yes").formParam("published", "true").post("/openings")
                .then().statusCode(400).body(containsString("id=\"description-error\""))
                .body(containsString("Write the description candidates will read before publishing the opening."))
                .body(containsString("value=\"Lisbon\"")).body(containsString("<option value=\"CONTRACT\" selected>"));
        assertEquals(before, database.count("select count(*) from opening"));
    }

    @Test
    void theEditFormSavesTheJobPostAndClosingTheOpeningUnpublishesIt() {
        String title = Fixtures.unique("Edited role");
        long id = Fixtures.publishedOpening(title, "TECHNICAL_ACCOUNT_EXECUTIVE");
        given().get("/openings/" + id + "/edit").then().statusCode(200).body(containsString("name=\"published\" value=\"true\" aria-describedby=\"published-hint\" checked"))
                .body(containsString("value=\"London\""));
        Forms.post().formParam("title", title).formParam("roleType", "TECHNICAL_ACCOUNT_EXECUTIVE")
                .formParam("hiringManagerId", String.valueOf(Fixtures.hannah().id())).formParam("version", "0")
                .formParam("status", "CLOSED").formParam("description", "Still here").formParam("location", "")
                .formParam("remote", "REMOTE").formParam("employmentType", "PART_TIME").formParam("slug", "")
                .formParam("publishedShown", "yes").formParam("published", "true").post("/openings/" + id)
                .then().statusCode(303);
        assertEquals("false CLOSED REMOTE PART_TIME Still here", database.text("select published || ' ' || status || ' ' "
                + "|| remote || ' ' || employment_type || ' ' || description from opening where id = ?", id));
        assertEquals(null, database.text("select location from opening where id = ?", id), "a cleared field is cleared");
    }
}
