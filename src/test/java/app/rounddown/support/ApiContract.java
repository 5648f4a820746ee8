package app.rounddown.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Every answer from /api that a test receives is checked against the OpenAPI document the app serves on its
 * management port, so the document cannot drift from what is really sent: its status must be documented for the
 * operation, and its body must match the schema. Requests are not checked (tests send bad ones on purpose), nor
 * calls to a method or address the document does not describe.
 */
public class ApiContract implements Filter, QuarkusTestBeforeEachCallback {
    private static final ApiContract FILTER = new ApiContract();
    private static volatile OpenApiInteractionValidator validator;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        Response answer = context.next(request, response);
        String path = URI.create(request.getURI()).getRawPath();
        if (!path.startsWith("/api/") || request.getURI().startsWith(TestHTTPResourceManager.getManagementUri())) {
            return answer;
        }
        ValidationReport report = validator().validateResponse(path, Request.Method.valueOf(request.getMethod()),
                RestAssuredResponse.of(answer));
        if (report.hasErrors()) {
            String body = answer.asString();
            throw new AssertionError("The answer to " + request.getMethod() + " " + path + " (" + answer.statusLine()
                    + ") does not match the OpenAPI document:" + SimpleValidationReportFormat.getInstance().apply(report)
                    + "\nbody: " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body));
        }
        return answer;
    }

    /** The document is read once per test run, from the app that answers the tests. */
    private static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (ApiContract.class) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document())
                            .withLevelResolver(LevelResolver.create()
                                    .withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                            .build();
                }
            }
        }
        return validator;
    }

    private static String document() {
        URI uri = URI.create(TestHTTPResourceManager.getManagementUri().replaceFirst("(https?://[^/]+).*", "$1")
                + "/q/openapi?format=json");
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("The OpenAPI document at " + uri + " answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the OpenAPI document at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the OpenAPI document", e);
        }
    }
}
