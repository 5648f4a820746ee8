package app.rounddown.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PagesTest {
    @Test
    void anUnknownPageSaysSoInWords() {
        given().get("/candidates/999999999").then().statusCode(404)
                .body(containsString("There is no candidate with id 999999999."));
        given().get("/boards/999999999").then().statusCode(404);
    }
}
