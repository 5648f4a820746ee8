package app.rounddown.journeys;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 14, done when: "a recruiter [...] searches a phrase from the CV and gets them with a snippet; an interviewer
 * searches the same phrase and finds only their own candidates."
 */
@QuarkusTest
class SearchJourneyTest {
    @TestHTTPResource("/")
    URL base;
    @Inject
    Database database;

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(Browser.available() || System.getenv("CI") != null, "Debian's chromium and chromium-driver are not "
                + "installed here (apt-get install chromium chromium-driver); CI installs them");
    }

    @Test
    void aRecruiterFindsACvPhraseFromTheHeaderBoxAndAnInterviewerOnlyTheirOwn() {
        String place = "Vaasa" + UUID.randomUUID().toString().replaceAll("[^a-z]", "") + "q";
        String phrase = "rebuilt the " + place + " reseller programme";
        long opening = Fixtures.openingTae();
        String mine = Fixtures.unique("Marta Mine");
        String theirs = Fixtures.unique("Theo Theirs");
        long myApplication = Fixtures.application(withCv(mine, phrase), opening);
        Fixtures.application(withCv(theirs, phrase), opening);
        Fixtures.Person interviewer = Fixtures.person(Fixtures.unique("Ines Interviewer"), "INTERVIEWER");
        given().contentType(ContentType.JSON).body(Map.of("applicationId", myApplication, "stage", "CULTURE",
                "interviewerId", interviewer.id(), "startsAt", "2026-01-05T10:00:00Z"))
                .post("/api/assignments").then().statusCode(201);

        try (Browser browser = new Browser(base.toString(), "search")) {
            browser.signIn(Fixtures.rita().email(), Fixtures.PASSWORD);
            WebElement box = browser.find("#nav-q");
            box.sendKeys(phrase);
            browser.waitForText("#nav-suggestions", theirs);
            assertTrue(browser.text("#nav-suggestions").contains(mine));
            browser.check("typeahead");

            browser.press(box, Keys.ENTER);
            browser.waitForText("main", "2 candidates match");
            List<WebElement> snippets = browser.driver.findElements(By.cssSelector("p.snippet"));
            assertEquals(2, snippets.size());
            assertTrue(snippets.get(0).getText().startsWith("CV:"), snippets.get(0).getText());
            assertTrue(snippets.get(0).findElements(By.tagName("mark")).size() >= 3,
                    snippets.get(0).getAttribute("innerHTML"));
            browser.check("results-with-snippets");
        }

        try (Browser browser = new Browser(base.toString(), "search-interviewer")) {
            browser.signIn(interviewer.email(), Fixtures.PASSWORD);
            WebElement box = browser.find("#nav-q");
            box.sendKeys(phrase);
            browser.waitForText("#nav-suggestions", mine);
            browser.press(box, Keys.ENTER);
            browser.waitForText("main", "1 candidate matches");
            String page = browser.pageText();
            assertTrue(page.contains(mine), page);
            assertTrue(!page.contains(theirs), "an interviewer finds only the candidates they interview");
            assertTrue(browser.find("table a").getAttribute("href").endsWith("/interviews/" + myApplication + "/CULTURE"));
            browser.check("interviewer-results");
        }
    }

    private long withCv(String name, String phrase) {
        long candidate = Fixtures.candidate(name);
        long file = database.count("insert into stored_file (filename, content_type, size_bytes, sha256, content) "
                + "values ('cv.pdf', 'application/pdf', 3, 'x', '\\x255044'::bytea) returning id");
        database.update("insert into candidate_cv (candidate_id, file_id, uploaded_by, text_status, text, text_read_at) "
                + "values (?, ?, 'Test', 'READ', ?, now())", candidate, file,
                "Account executive, Nordics. In 2023 I " + phrase + " and doubled partner-sourced pipeline. "
                        + "Before that, five years of outbound prospecting into logistics companies.");
        return candidate;
    }
}
