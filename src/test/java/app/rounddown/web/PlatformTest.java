package app.rounddown.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformTest {

    @Test
    void readinessIsUpWhileTheDatabaseAnswers() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/applications/{id}/moves"))
                .body("paths", hasKey("/api/openings"))
                .body("paths", hasKey("/api/candidates/{id}"));
    }

    @Test
    void theStylesheetAndHtmxAreServed() {
        given().get("/app.css").then().statusCode(200);
        given().get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").then().statusCode(200);
    }
}
