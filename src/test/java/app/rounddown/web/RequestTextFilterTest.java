package app.rounddown.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * "Bad input gets a clear message in words a person understands ... never a 500": a NUL character, which PostgreSQL
 * text cannot hold, wherever a request carries text.
 */
@QuarkusTest
class RequestTextFilterTest {

    @Test
    void aBoardFilteredByTextWithANulCharacterSaysWhatToRemove() {
        long opening = Fixtures.openingTae();
        given().urlEncodingEnabled(false).get("/boards/" + opening + "?q=a%00b").then().statusCode(400)
                .body(containsString("Remove the NUL character"));
        given().urlEncodingEnabled(false).get("/boards/" + opening + "?q=ab").then().statusCode(200);
    }

    @Test
    void aPartOfTheAddressWithANulCharacterIsRefusedTheSameWay() {
        given().urlEncodingEnabled(false).get("/jobs/a%00b").then().statusCode(400)
                .body(containsString("Remove the NUL character"));
        given().get("/jobs/no-such-job").then().statusCode(404);
    }

    @Test
    void anApiQueryWithANulCharacterGetsTheMessageAsJson() {
        given().urlEncodingEnabled(false).get("/api/candidates?q=a%00b").then().statusCode(400)
                .body(containsString("Remove the NUL character"));
    }
}
