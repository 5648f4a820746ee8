package app.rounddown.support;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every whole HTML page a test receives is checked by the Nu Html Checker, once per kind of page (the path with
 * its ids taken out, and the status); the test that received an invalid page fails with the checker's words.
 */
public final class ValidHtml implements Filter {
    public static final ValidHtml FILTER = new ValidHtml();
    private final Set<String> checked = ConcurrentHashMap.newKeySet();

    private ValidHtml() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        Response answer = context.next(request, response);
        String type = answer.getContentType();
        if (type == null || !type.startsWith("text/html")) {
            return answer;
        }
        String page = request.getMethod() + " " + request.getURI().replaceFirst("^https?://[^/]+", "")
                .replaceAll("\\?.*", "").replaceAll("/\\d+", "/{id}").replaceAll("/portal/[^/]+", "/portal/{token}")
                + " " + answer.getStatusCode();
        String html = answer.asString();
        if (!html.regionMatches(true, 0, "<!DOCTYPE html>", 0, 15) || !checked.add(page)) {
            return answer; // a fragment for htmx, or a kind of page already checked
        }
        assertValid(page, html);
        return answer;
    }

    /** Fails with the checker's own words when the document is not valid HTML. */
    public static void assertValid(String page, String html) {
        List<String> errors = HtmlChecker.errors(page, html);
        if (!errors.isEmpty()) {
            throw new AssertionError("Invalid HTML on " + page + " (Nu Html Checker):\n  " + String.join("\n  ", errors));
        }
    }
}
