package app.rounddown.support;

import io.restassured.RestAssured;

import app.rounddown.people.Csrf;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;

/** Signs in through the form, as a browser does: the page's anti-forgery cookie and token, then the post. */
public final class SignIn {
    private SignIn() {
    }

    public static Response throughTheForm(String email, String password) {
        return using(RestAssured::given, email, password);
    }

    /** The same, from another client address (see {@link From}). */
    public static Response fromAddress(String address, String email, String password) {
        return using(() -> From.address(address), email, password);
    }

    public static Response using(Supplier<RequestSpecification> client, String email, String password) {
        Response page = client.get().auth().none().get("/signin");
        return client.get().auth().none().redirects().follow(false).cookie(Csrf.COOKIE, page.getCookie(Csrf.COOKIE))
                .contentType("application/x-www-form-urlencoded").formParam("_csrf", Browser.csrfToken(page))
                .formParam("email", email).formParam("password", password).formParam("next", "/openings")
                .post("/signin");
    }
}
