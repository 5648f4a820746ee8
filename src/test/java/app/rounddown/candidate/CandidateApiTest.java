package app.rounddown.candidate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CandidateApiTest {
    @Inject
    Database database;

    private static Map<String, Object> profile(String name, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("email", email);
        body.put("phone", "+44 20 7946 0000");
        body.put("location", "London, UK");
        body.put("timeZone", "Europe/London");
        body.put("source", "REFERRAL");
        body.put("linkedinUrl", "https://www.linkedin.com/in/someone");
        body.put("cvUrl", "https://example.com/cv.pdf");
        body.put("notes", "Met at a meetup.");
        return body;
    }

    @Test
    void aCandidateIsCreatedWithTheWholeProfile() {
        String email = Fixtures.email();
        int id = given().contentType(ContentType.JSON).body(profile("Priya Patel", email))
                .post("/api/candidates")
                .then().statusCode(201).extract().path("id");
        given().get("/api/candidates/" + id).then().statusCode(200)
                .body("name", equalTo("Priya Patel")).body("email", equalTo(email))
                .body("timeZone", equalTo("Europe/London")).body("source", equalTo("REFERRAL"))
                .body("cvUrl", equalTo("https://example.com/cv.pdf")).body("notes", equalTo("Met at a meetup."));
    }

    @Test
    void aNameWithALineBreakIsRefusedSayingSoAndNothingIsStoredWhileNotesKeepTheirLines() {
        String email = Fixtures.email();
        // A NUL is refused earlier, when the JSON is read, with a message of its own (ApiFuzzTest).
        for (String name : List.of("Priya\r\nPatel", "Priya\nBcc: someone@example.com", "Priya\tPatel")) {
            given().contentType(ContentType.JSON).body(profile(name, email)).post("/api/candidates")
                    .then().statusCode(400)
                    .body("errors.field", equalTo(List.of("name")))
                    .body("errors[0].message", equalTo("Use a single line without line breaks or control characters."));
        }
        // U+0085 (next line) passes the e-mail rules, which allow any character above U+007F.
        String nextLine = email.replace("@", "\u0085@");
        given().contentType(ContentType.JSON).body(profile("Priya Patel", nextLine)).post("/api/candidates")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("email")))
                .body("errors[0].message", equalTo("Use a single line without line breaks or control characters."));
        assertEquals(0, database.count("select count(*) from candidate where email in (?, ?)", email, nextLine));

        Map<String, Object> withNotes = profile("Priya Patel", email);
        withNotes.put("notes", "Met at a meetup.\nFollow up in May.");
        int id = given().contentType(ContentType.JSON).body(withNotes).post("/api/candidates")
                .then().statusCode(201).extract().path("id");
        assertEquals("Met at a meetup.\nFollow up in May.", database.text("select notes from candidate where id = ?", id));
    }

    @Test
    void anEmailAlreadyUsedInAnotherCaseIsRefusedAndNothingIsStored() {
        String email = Fixtures.email();
        given().contentType(ContentType.JSON).body(profile("First Person", email)).post("/api/candidates")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(profile("Second Person", email.toUpperCase()))
                .post("/api/candidates")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("email"))
                .body("errors[0].message", equalTo("Another candidate, First Person, already uses this e-mail address."));
        assertEquals(1, database.count("select count(*) from candidate where lower(email) = lower(?)", email));
    }

    @Test
    void badProfileValuesAreEachNamed() {
        Map<String, Object> body = profile("Bad Values", "not-an-email");
        body.put("timeZone", "GMT+2");
        body.put("linkedinUrl", "javascript:alert(1)");
        body.put("phone", "call me");
        given().contentType(ContentType.JSON).body(body).post("/api/candidates")
                .then().statusCode(400)
                .body("errors.field", hasItem("email")).body("errors.field", hasItem("timeZone"))
                .body("errors.field", hasItem("linkedinUrl")).body("errors.field", hasItem("phone"))
                .body("errors.find { it.field == 'timeZone' }.message", containsString("Europe/London"));
        assertEquals(0, database.count("select count(*) from candidate where name = 'Bad Values'"));
    }

    @Test
    void searchFindsAnyPartOfTheNameOrEmail() {
        String name = Fixtures.unique("Zebedee Quartermaine");
        given().contentType(ContentType.JSON).body(profile(name, Fixtures.email())).post("/api/candidates")
                .then().statusCode(201);
        given().get("/api/candidates?q=ebedee quarter").then().statusCode(200).body("items.name", hasItem(name));
        given().get("/api/candidates?q=" + name.substring(name.length() - 8)).then()
                .body("items.name", hasItem(name)).body("total", equalTo(1));
        given().get("/api/candidates?q=%25").then().statusCode(200).body("items.name", not(hasItem("")));
    }

    @Test
    void aProfileEditKeepsTheEmailUniqueAndNeedsTheCurrentVersion() {
        String takenEmail = Fixtures.email();
        given().contentType(ContentType.JSON).body(profile("Holder", takenEmail)).post("/api/candidates")
                .then().statusCode(201);
        long id = Fixtures.candidate("Editor");
        Map<String, Object> body = profile("Editor Renamed", takenEmail);
        body.put("version", 0);
        given().contentType(ContentType.JSON).body(body).put("/api/candidates/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("email"));

        body.put("email", Fixtures.email());
        given().contentType(ContentType.JSON).body(body).put("/api/candidates/" + id)
                .then().statusCode(200).body("name", equalTo("Editor Renamed")).body("version", equalTo(1));
        body.put("name", "Lost Update");
        given().contentType(ContentType.JSON).body(body).put("/api/candidates/" + id).then().statusCode(409);
        assertEquals("Editor Renamed", database.text("select name from candidate where id = ?", id));
    }

    @Test
    void anUnknownCandidateIs404() {
        given().get("/api/candidates/999999999").then().statusCode(404)
                .body("message", equalTo("There is no candidate with id 999999999."));
    }
}
