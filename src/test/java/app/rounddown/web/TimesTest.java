package app.rounddown.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimesTest {

    @Test
    void timesOnPagesAreShownInTheViewersOwnTimeZone() {
        Fixtures.Person newYork = Fixtures.person("New York Recruiter", "RECRUITER");
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("name", "New York Recruiter").formParam("email", newYork.email())
                .formParam("timeZone", "America/New_York").formParam("roles", "RECRUITER").formParam("version", "0")
                .post("/users/" + newYork.id()).then().statusCode(303);
        long candidate = Fixtures.candidate("Zoned Candidate");
        Fixtures.application(candidate, Fixtures.openingTae());

        // EST in winter, EDT in summer: either way New York's clock, not UTC.
        newYork.calls().get("/candidates/" + candidate).then().statusCode(200)
                .body(anyOf(containsString(" EST</time>"), containsString(" EDT</time>")))
                .body(not(containsString(" UTC</time>")));
        given().get("/candidates/" + candidate).then().statusCode(200).body(containsString(" UTC</time>"));
    }
}
