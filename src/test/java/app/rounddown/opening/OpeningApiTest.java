package app.rounddown.opening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpeningApiTest {
    @Inject
    Database database;

    @Test
    void anOpeningIsCreatedReadAndListed() {
        String title = Fixtures.unique("Technical Account Manager");
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "roleType", "TECHNICAL_ACCOUNT_MANAGER", "hiringManagerId", Fixtures.marcus().id()))
                .post("/api/openings")
                .then().statusCode(201).header("Location", containsString("/api/openings/"))
                .body("status", equalTo("OPEN")).body("version", equalTo(0))
                .extract().path("id");

        given().get("/api/openings/" + id).then().statusCode(200)
                .body("title", equalTo(title)).body("roleType", equalTo("TECHNICAL_ACCOUNT_MANAGER"))
                .body("hiringManagerName", equalTo("Marcus Manager"));
        // Other tests' openings share the database, so the new one may be on any page of the list.
        java.util.List<String> titles = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            io.restassured.path.json.JsonPath listed = given().get("/api/openings?size=100&page=" + page).then()
                    .statusCode(200).extract().jsonPath();
            titles.addAll(listed.getList("items.title", String.class));
            if ((page + 1) * 100L >= listed.getLong("total")) {
                break;
            }
        }
        org.hamcrest.MatcherAssert.assertThat(titles, hasItem(title));
    }

    @Test
    void missingFieldsAreNamedWithMessagesAndNothingIsStored() {
        long before = database.count("select count(*) from opening");
        given().contentType(ContentType.JSON).body(Map.of("title", " "))
                .post("/api/openings")
                .then().statusCode(400)
                .body("errors.field", contains("hiringManagerId", "roleType", "title"))
                .body("errors.find { it.field == 'title' }.message", equalTo("Enter a title for the opening."));
        assertEquals(before, database.count("select count(*) from opening"));
    }

    @Test
    void anUnknownRoleTypeListsTheChoices() {
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Lead", "roleType", "CEO", "hiringManagerId", Fixtures.hannah().id()))
                .post("/api/openings")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("roleType"))
                .body("errors[0].message", containsString("TECHNICAL_ACCOUNT_EXECUTIVE"));
    }

    @Test
    void aTitleOverTwoHundredCharactersIsRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "x".repeat(201), "roleType", "SALES_TEAM_LEAD", "hiringManagerId", Fixtures.hannah().id()))
                .post("/api/openings")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", equalTo("Keep the title to 200 characters or fewer."));
    }

    @Test
    void aTitleOnTwoLinesIsRefused() {
        String title = Fixtures.unique("Account Executive");
        given().contentType(ContentType.JSON)
                .body(Map.of("title", title + "\nApply now!", "roleType", "SALES_TEAM_LEAD", "hiringManagerId",
                        Fixtures.hannah().id()))
                .post("/api/openings")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", equalTo("Use a single line without line breaks or control characters."));
        assertEquals(0, database.count("select count(*) from opening where title like ?", title + "%"));
    }

    @Test
    void aBodyThatIsNotJsonGetsAMessageNotAStackTrace() {
        given().contentType(ContentType.JSON).body("{title: oops")
                .post("/api/openings")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("The request body is not valid JSON."));
        given().contentType(ContentType.JSON)
                .post("/api/openings")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void anUnknownOpeningIs404WithAMessage() {
        given().get("/api/openings/987654321").then().statusCode(404)
                .body("message", equalTo("There is no opening with id 987654321."));
    }

    @Test
    void anUpdateFromTheCurrentVersionIsSavedAndClosesTheOpening() {
        long id = Fixtures.openingTae();
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "TAE (closed)", "roleType", "TECHNICAL_ACCOUNT_EXECUTIVE",
                        "hiringManagerId", Fixtures.hannah().id(), "status", "CLOSED", "version", 0))
                .put("/api/openings/" + id)
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("version", equalTo(1));
        assertEquals("CLOSED", database.text("select status from opening where id = ?", id));
    }

    @Test
    void anUpdateFromAnOldVersionIsRefusedAndTheNewerSaveIsKept() {
        long id = Fixtures.openingTae();
        Map<String, Object> first = Map.of("title", "First save", "roleType", "TECHNICAL_ACCOUNT_EXECUTIVE",
                "hiringManagerId", Fixtures.hannah().id(), "version", 0);
        Map<String, Object> second = Map.of("title", "Second save", "roleType", "TECHNICAL_ACCOUNT_EXECUTIVE",
                "hiringManagerId", Fixtures.hannah().id(), "version", 0);
        given().contentType(ContentType.JSON).body(first).put("/api/openings/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(second).put("/api/openings/" + id)
                .then().statusCode(409).body("message", containsString("Someone else saved a change"));
        assertEquals("First save", database.text("select title from opening where id = ?", id));
    }

    @Test
    void theHiringManagerMustBeAnActiveUserWithThatRole() {
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Lead", "roleType", "SALES_TEAM_LEAD", "hiringManagerId", Fixtures.rita().id()))
                .post("/api/openings")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("hiringManagerId"))
                .body("errors[0].message", equalTo("Choose an active user with the hiring manager role."));
    }

    @Test
    void anUpdateWithoutAVersionIsRefused() {
        long id = Fixtures.openingTae();
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "No version", "roleType", "TECHNICAL_ACCOUNT_EXECUTIVE", "hiringManagerId", Fixtures.hannah().id()))
                .put("/api/openings/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
    }

    @Test
    void pageSizeIsBounded() {
        given().get("/api/openings?size=101").then().statusCode(400)
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("Use a whole number from 1 to 100."));
        given().get("/api/openings?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }
}
