package app.rounddown.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A form posted as a page posts it (url-encoded, the redirect answered, not followed), as the test's admin. */
public final class Forms {
    private Forms() {
    }

    public static RequestSpecification post() {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    /** Follows a redirect the way a browser does, carrying the flash cookie, and returns the page it lands on. */
    public static String landing(Response redirect) {
        String cookie = redirect.getCookie("rd_flash");
        assertNotNull(cookie, "a flash message travels with the redirect");
        return given().cookie("rd_flash", cookie).get(redirect.getHeader("Location")).then().statusCode(200)
                .extract().asString();
    }

    /** The same, as someone else. */
    public static RequestSpecification postAs(Fixtures.Person person) {
        return person.calls().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }
}
