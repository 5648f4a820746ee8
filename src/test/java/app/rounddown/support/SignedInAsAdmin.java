package app.rounddown.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Every test calls the app as the configured admin, with an API token, unless it says otherwise (auth().none(), or Fixtures.as(...)),
 * and every whole page it receives is checked as HTML.
 */
public class SignedInAsAdmin implements QuarkusTestBeforeEachCallback {
    public static final String EMAIL = "admin@rounddown.test";
    public static final String PASSWORD = "admin-password-for-tests";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.oauth2(ApiTokensForTests.of(EMAIL));
        if (!RestAssured.filters().contains(ValidHtml.FILTER)) {
            RestAssured.filters(ValidHtml.FILTER);
        }
    }
}
