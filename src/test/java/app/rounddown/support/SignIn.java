package app.rounddown.support;

import static io.restassured.RestAssured.given;

import app.rounddown.people.Csrf;
import io.restassured.response.Response;

/** Signs in through the form, as a browser does: the page's anti-forgery cookie and token, then the post. */
public final class SignIn {
    private SignIn() {
    }

    public static Response throughTheForm(String email, String password) {
        Response page = given().auth().none().get("/signin");
        return given().auth().none().redirects().follow(false).cookie(Csrf.COOKIE, page.getCookie(Csrf.COOKIE))
                .contentType("application/x-www-form-urlencoded").formParam("_csrf", Browser.csrfToken(page))
                .formParam("email", email).formParam("password", password).formParam("next", "/openings")
                .post("/signin");
    }
}
