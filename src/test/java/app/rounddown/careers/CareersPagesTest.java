package app.rounddown.careers;

import static app.rounddown.careers.CareersSupport.slugOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Public, no sign-in: /jobs lists published openings (grouped by team/role type, with the company name)." */
@QuarkusTest
class CareersPagesTest {
    @Inject
    Database database;

    @Test
    void theJobsPageListsOnlyPublishedOpeningsUnderTheirRoleTypeWithTheCompanyName() {
        String tae = Fixtures.unique("Account Executive, Nordics");
        String bdr = Fixtures.unique("Business Development Rep, Paris");
        String hidden = Fixtures.unique("Secret Executive");
        Fixtures.publishedOpening(tae, "TECHNICAL_ACCOUNT_EXECUTIVE");
        Fixtures.publishedOpening(bdr, "BUSINESS_DEVELOPMENT_REP");
        Fixtures.opening(hidden, "TECHNICAL_ACCOUNT_EXECUTIVE");
        String page = given().auth().none().get("/jobs").then().statusCode(200)
                .body(containsString("Open roles at Acme Test Company")).body(not(containsString(hidden)))
                .body(not(containsString("Sign out"))).extract().asString();
        int taeHeading = page.indexOf(">Technical Account Executive</h2>");
        int bdrHeading = page.indexOf(">Business Development Rep</h2>");
        assertTrue(taeHeading > 0 && bdrHeading > taeHeading, "each role type has its heading, in the usual order");
        assertTrue(page.indexOf(tae) > taeHeading && page.indexOf(tae) < bdrHeading, "the TAE post is under its heading");
        assertTrue(page.indexOf(bdr) > bdrHeading, "the BDR post is under its heading");
        assertTrue(page.contains("London · Hybrid · Full-time"), "each post says where and on what terms");
    }

    @Test
    void theJobsPageRunsOneStatementHoweverManyOpeningsArePublished() {
        Fixtures.publishedOpening(Fixtures.unique("Counted role"), "SALES_TEAM_LEAD");
        long statements = Statements.during(() -> given().auth().none().get("/jobs").then().statusCode(200));
        Fixtures.publishedOpening(Fixtures.unique("Counted role"), "SALES_TEAM_LEAD");
        Fixtures.publishedOpening(Fixtures.unique("Counted role"), "CUSTOMER_SUCCESS_MANAGER");
        assertEquals(statements, Statements.during(() -> given().auth().none().get("/jobs").then().statusCode(200)));
    }

    @Test
    void aPublishedOpeningShowsItsDescriptionFormattedSafelyWithTheApplicationForm() {
        String title = Fixtures.unique("Technical Account Manager");
        long id = Fixtures.publishedOpening(title, "TECHNICAL_ACCOUNT_MANAGER");
        given().contentType(ContentType.JSON).body(Map.of("title", title, "roleType", "TECHNICAL_ACCOUNT_MANAGER",
                        "hiringManagerId", Fixtures.hannah().id(), "version", 0,
                        "description", "Our team <script>alert(1)</script>\n\n- **own** renewals"))
                .put("/api/openings/" + id).then().statusCode(200);
        given().auth().none().get("/jobs/" + slugOf(database, id)).then().statusCode(200)
                .body(containsString("<h1>" + title + "</h1>"))
                .body(containsString("Our team &lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(containsString("<li><strong>own</strong> renewals</li>"))
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("deletes it 24 months after my last contact"));
    }

    @Test
    void anUnpublishedOrClosedOpeningIsNotFoundAndClosingUnpublishes() {
        long unpublished = Fixtures.opening(Fixtures.unique("Draft role"), "TECHNICAL_ACCOUNT_EXECUTIVE");
        given().auth().none().get("/jobs/" + slugOf(database, unpublished)).then().statusCode(404);
        String title = Fixtures.unique("Closing role");
        long closing = Fixtures.publishedOpening(title, "TECHNICAL_ACCOUNT_EXECUTIVE");
        String slug = slugOf(database, closing);
        given().auth().none().get("/jobs/" + slug).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("title", title, "roleType", "TECHNICAL_ACCOUNT_EXECUTIVE",
                "hiringManagerId", Fixtures.hannah().id(), "status", "CLOSED", "version", 0))
                .put("/api/openings/" + closing).then().statusCode(200);
        assertEquals("f", database.text("select published from opening where id = ?", closing));
        given().auth().none().get("/jobs/" + slug).then().statusCode(404);
        given().auth().none().get("/jobs/" + slug + "/applied").then().statusCode(404);
        given().auth().none().get("/jobs").then().body(not(containsString(title)));
    }

    @Test
    void theJsonFeedListsPublishedOpeningsForACompanyWebsite() {
        String title = Fixtures.unique("Feed role");
        long id = Fixtures.publishedOpening(title, "CUSTOMER_SUCCESS_MANAGER");
        String hidden = Fixtures.unique("Unlisted role");
        Fixtures.opening(hidden, "CUSTOMER_SUCCESS_MANAGER");
        JsonPath feed = given().auth().none().get("/jobs.json").then().statusCode(200).contentType(ContentType.JSON)
                .header("Access-Control-Allow-Origin", "*").extract().jsonPath();
        assertEquals("Acme Test Company", feed.getString("company"));
        List<Map<String, Object>> jobs = feed.getList("jobs");
        Map<String, Object> job = jobs.stream().filter(j -> title.equals(j.get("title"))).findFirst().orElseThrow();
        String slug = slugOf(database, id);
        assertEquals(slug, job.get("slug"));
        assertTrue(((String) job.get("url")).endsWith("/jobs/" + slug));
        assertEquals("London", job.get("location"));
        assertEquals("HYBRID", job.get("remote"));
        assertEquals("FULL_TIME", job.get("employmentType"));
        assertEquals("CUSTOMER_SUCCESS_MANAGER", job.get("roleType"));
        assertTrue(((String) job.get("descriptionHtml")).contains("<strong>listen</strong>"));
        assertTrue(job.get("publishedAt") != null);
        assertTrue(jobs.stream().noneMatch(j -> hidden.equals(j.get("title"))), "unpublished openings stay out");
    }
}
