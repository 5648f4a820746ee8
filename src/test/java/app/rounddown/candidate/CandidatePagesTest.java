package app.rounddown.candidate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import app.rounddown.support.Forms;

/** The candidate forms. */
@QuarkusTest
class CandidatePagesTest {
    @Inject
    Database database;

    @Test
    void aCandidateFormWithABadEmailAndTimeZoneKeepsEverythingTyped() {
        form().formParam("name", "Typed Name").formParam("email", "typed@").formParam("timeZone", "Moon/Base")
                .formParam("source", "AGENCY").formParam("notes", "Kept notes")
                .post("/candidates")
                .then().statusCode(400)
                .body(containsString("Enter an e-mail address like name@example.com."))
                .body(containsString("Choose a time zone by its name"))
                .body(containsString("value=\"Typed Name\"")).body(containsString("Kept notes"))
                .body(containsString("<option value=\"AGENCY\" selected>"));
        assertEquals(0, database.count("select count(*) from candidate where name = 'Typed Name'"));
    }

    @Test
    void aNameWithALineBreakIsShownAgainWithTheMessageBesideItAndNothingIsStored() {
        String email = Fixtures.email();
        form().formParam("name", "Typed\r\nLines").formParam("email", email).formParam("timeZone", "Europe/London")
                .formParam("source", "AGENCY").formParam("notes", "First line\nSecond line")
                .post("/candidates")
                .then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"name-error\">Use a single line without line breaks or "
                        + "control characters.</p>"))
                .body(not(containsString("id=\"notes-error\"")))
                .body(containsString("First line\nSecond line</textarea>"));
        assertEquals(0, database.count("select count(*) from candidate where email = ?", email));
    }

    @Test
    void aNulCharacterInAnyFormFieldIsRefusedWithAMessageAndNothingIsStored() {
        String email = Fixtures.email();
        form().formParam("name", "Nul Notes").formParam("email", email).formParam("timeZone", "Europe/London")
                .formParam("source", "AGENCY").formParam("notes", "before\u0000after")
                .post("/candidates")
                .then().statusCode(400)
                .body(containsString("Remove the NUL character"));
        assertEquals(0, database.count("select count(*) from candidate where email = ?", email));
    }

    private static RequestSpecification form() {
        return Forms.post();
    }
}
