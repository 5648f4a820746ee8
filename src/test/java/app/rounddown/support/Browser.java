package app.rounddown.support;

import io.restassured.response.Response;

/** What a browser would read off a page: the anti-forgery token its forms carry. */
public final class Browser {
    private Browser() {
    }

    public static String csrfToken(Response page) {
        String html = page.asString();
        int at = html.indexOf("name=\"_csrf\" value=\"");
        if (at < 0) {
            throw new AssertionError("the page has no form with an anti-forgery token");
        }
        at += "name=\"_csrf\" value=\"".length();
        return html.substring(at, html.indexOf('"', at));
    }
}
