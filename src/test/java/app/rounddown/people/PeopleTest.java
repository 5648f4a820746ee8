package app.rounddown.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeopleTest {
    @Inject
    Database database;

    private static RequestSpecification form() {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    @Test
    void anAdminCreatesAUserWhoThenSignsIn() {
        String email = "new.person-" + Fixtures.email();
        form().formParam("name", "New Person").formParam("email", email).formParam("timeZone", "America/New_York")
                .formParam("roles", "RECRUITER").formParam("roles", "INTERVIEWER").formParam("password", "twelve chars ok")
                .post("/users").then().statusCode(303);
        SignIn.throughTheForm(email, "twelve chars ok").then().statusCode(303);
        assertEquals("INTERVIEWER,RECRUITER", database.text("select string_agg(role, ',' order by role) from app_user_role "
                + "r join app_user u on u.id = r.user_id where u.email = ?", email));
    }

    @Test
    void aShortPasswordAMissingRoleAndATakenEmailAreEachExplained() {
        form().formParam("name", "Short Password").formParam("email", Fixtures.email()).formParam("timeZone", "UTC")
                .formParam("roles", "RECRUITER").formParam("password", "too short")
                .post("/users").then().statusCode(400)
                .body(containsString("Use at least 12 characters"))
                .body(containsString("value=\"Short Password\""))
                .body(org.hamcrest.Matchers.not(containsString("too short")));
        form().formParam("name", "No Role").formParam("email", Fixtures.email()).formParam("timeZone", "UTC")
                .formParam("password", "long enough password").post("/users").then().statusCode(400)
                .body(containsString("Give the person at least one role."));
        form().formParam("name", "Copy").formParam("email", Fixtures.rita().email().toUpperCase())
                .formParam("timeZone", "UTC").formParam("roles", "RECRUITER").formParam("password", "long enough password")
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
        simon.calls().redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", containsString("/interviews"));
        simon.calls().get("/openings").then().statusCode(403).body(containsString("Not available to you"));
        simon.calls().get("/candidates").then().statusCode(403);
        simon.calls().get("/profile").then().statusCode(200).body(containsString(simon.email()));
    }
}
