package app.rounddown.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeopleTest {
    @Inject
    Database database;

    private static RequestSpecification form() {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    @Test
    void anAdminCreatesAUserWithoutTypingTheirPassword() {
        // Issue 13: "An admin creating a user no longer types their password: the user gets a one-time
        // 'set your password' link" (followed through to signing in in mail/AccountMailTest).
        given().get("/users/new").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("type=\"password\"")));
        String email = "new.person-" + Fixtures.email();
        form().formParam("name", "New Person").formParam("email", email).formParam("timeZone", "America/New_York")
                .formParam("roles", "RECRUITER").formParam("roles", "INTERVIEWER")
                .post("/users").then().statusCode(303);
        assertEquals(null, database.text("select password_hash from app_user where email = ?", email));
        SignIn.throughTheForm(email, "").then().statusCode(400);
        assertEquals(1, database.count("select count(*) from outbox where to_address = ? and kind = 'account-invitation'", email));
        assertEquals("INTERVIEWER,RECRUITER", database.text("select string_agg(role, ',' order by role) from app_user_role "
                + "r join app_user u on u.id = r.user_id where u.email = ?", email));
    }

    @Test
    void aBadAddressAMissingRoleAndATakenEmailAreEachExplained() {
        form().formParam("name", "Short Password").formParam("email", "not an address").formParam("timeZone", "UTC")
                .formParam("roles", "RECRUITER")
                .post("/users").then().statusCode(400)
                .body(containsString("Enter an e-mail address like name@example.com."))
                .body(containsString("value=\"Short Password\""));
        form().formParam("name", "No Role").formParam("email", Fixtures.email()).formParam("timeZone", "UTC")
                .post("/users").then().statusCode(400)
                .body(containsString("Give the person at least one role."));
        form().formParam("name", "Copy").formParam("email", Fixtures.rita().email().toUpperCase())
                .formParam("timeZone", "UTC").formParam("roles", "RECRUITER")
                .post("/users").then().statusCode(400).body(containsString("already uses this e-mail address"));
        assertEquals(0, database.count("select count(*) from app_user where name in ('Short Password', 'No Role', 'Copy')"));
    }

    @Test
    void anAdminCannotDeactivateThemselves() {
        Fixtures.Person ada = Fixtures.ada();
        ada.calls().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .post("/users/" + ada.id() + "/deactivation").then().statusCode(303);
        assertEquals("t", database.text("select active::text from app_user where id = ?", ada.id()).substring(0, 1));
    }

    @Test
    void rolesChangeTakeEffectOnTheNextRequest() {
        Fixtures.Person person = Fixtures.person("Role Changer", "INTERVIEWER");
        person.calls().get("/api/openings").then().statusCode(403);
        form().formParam("name", "Role Changer").formParam("email", person.email()).formParam("timeZone", "UTC")
                .formParam("roles", "RECRUITER").formParam("version", "0")
                .post("/users/" + person.id()).then().statusCode(303);
        person.calls().get("/api/openings").then().statusCode(200);
    }

    @Test
    void everyoneCanChangeTheirOwnPasswordGivenTheCurrentOne() {
        Fixtures.Person person = Fixtures.person("Password Changer", "INTERVIEWER");
        RequestSpecification me = person.calls().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded");
        me.formParam("currentPassword", "wrong one").formParam("newPassword", "a brand new password")
                .formParam("confirmPassword", "a brand new password").post("/profile/password")
                .then().statusCode(400).body(containsString("That is not your current password."));
        person.calls().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("currentPassword", Fixtures.PASSWORD).formParam("newPassword", "a brand new password")
                .formParam("confirmPassword", "another password!!").post("/profile/password")
                .then().statusCode(400).body(containsString("The two new passwords are not the same."));
        person.calls().get("/profile").then().statusCode(200).body(containsString("Password Changer"));
    }

    @Test
    void anInterviewerSeesTheirProfileAndNoPipeline() {
        Fixtures.Person simon = Fixtures.simon();
        Fixtures.Person rita = Fixtures.rita();
        simon.calls().redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", containsString("/interviews"));
        simon.calls().get("/openings").then().statusCode(403).body(containsString("Not available to you"));
        // Issue 14: "an interviewer finds only the candidates they interview" (the list is theirs, not everyone's).
        String stranger = "Nobody Simon Interviews " + UUID.randomUUID().toString().substring(0, 8);
        long strangerId = Fixtures.candidate(stranger);
        rita.calls().get("/candidates?q=" + stranger).then().statusCode(200)
                .body(containsString("/candidates/" + strangerId + "\""));
        simon.calls().get("/candidates?q=" + stranger).then().statusCode(200)
                .body(not(containsString("/candidates/" + strangerId + "\"")));
        simon.calls().get("/profile").then().statusCode(200).body(containsString(simon.email()));
    }
}
