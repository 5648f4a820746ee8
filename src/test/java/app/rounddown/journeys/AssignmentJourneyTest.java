package app.rounddown.journeys;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rounddown.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** Issue 17, item 3: a recruiter assigns an interviewer and is warned, live, of a clash before anything is sent. */
@QuarkusTest
class AssignmentJourneyTest {
    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(Browser.available() || System.getenv("CI") != null, "Debian's chromium and chromium-driver are not "
                + "installed here (apt-get install chromium chromium-driver); CI installs them");
    }

    @Test
    void aRecruiterSeesWhoIsBusyThatDayIsWarnedOfTheClashAndAssignsAnyway() {
        Fixtures.Person rita = Fixtures.rita();
        Fixtures.Person ines = Fixtures.person(Fixtures.unique("Ines Booked"), "INTERVIEWER");
        given().contentType(ContentType.JSON).body(Map.of("applicationId", Fixtures.janeApplied(), "stage", "CULTURE",
                "interviewerId", ines.id(), "startsAt", "2026-12-14T10:00:00Z", "durationMinutes", 45))
                .post("/api/assignments").then().statusCode(201);
        long candidate = Fixtures.candidate(Fixtures.unique("Pedro Novak"));
        long application = Fixtures.application(candidate, Fixtures.openingTae());
        Fixtures.move(application, "APPLIED", "CULTURE");

        try (Browser browser = new Browser(base.toString(), "assign")) {
            browser.signIn(rita.email(), Fixtures.PASSWORD);
            browser.open("/candidates/" + candidate);
            assertTrue(browser.find("details.assign").getAttribute("open") != null, "open at a stage nobody interviews");
            Select picker = new Select(browser.find("#interviewer-" + application));
            assertEquals("", picker.getFirstSelectedOption().getAttribute("value"), "nobody is chosen");

            browser.driver.executeScript("arguments[0].value = '2026-12-14T10:15';"
                    + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", browser.find("#starts-" + application));
            browser.waitForText("#assign-picker-" + application, "their interviews on Mon 14 Dec");
            assertTrue(browser.text("#assign-picker-" + application).contains(ines.name()
                    + " \u00b7 1 interview on Mon 14 Dec: 10:00\u201310:45"), browser.text("#assign-picker-" + application));

            new Select(browser.find("#interviewer-" + application)).selectByValue(String.valueOf(ines.id()));
            browser.waitForText("#assign-picker-" + application, "Check before assigning");
            assertTrue(browser.text("#assign-picker-" + application).contains(ines.name() + " already has the Culture "
                    + "interview of Jane Doe"), browser.text("#assign-picker-" + application));
            browser.check("clash-warning");

            browser.click(browser.find("details.assign button[type=submit]"));
            assertTrue(browser.text("#assign-picker-" + application).contains("Check before assigning"),
                    "not saved before the recruiter says so");
            browser.find("#assign-picker-" + application + " input[name=confirmWarnings]").click();
            browser.click(browser.find("details.assign button[type=submit]"));
            assertTrue(browser.text(".flash").contains(ines.name() + " will interview at the Culture interview. "
                    + ines.name() + " has another interview at that time too."), browser.text(".flash"));
            browser.check("assigned-anyway");

            // Issue 16: with someone assigned the form is folded, and its hundreds of names come when it is opened.
            assertTrue(browser.find("details.assign").getAttribute("open") == null, "folded once someone interviews");
            assertTrue(browser.driver.findElements(org.openqa.selenium.By.id("interviewer-" + application)).isEmpty(),
                    "no list of people until the form is opened");
            browser.find("details.assign summary").click();
            browser.waitForText("#assign-picker-" + application, "Choose the time first");
            assertTrue(browser.text("#interviewer-" + application).contains(ines.name()),
                    browser.text("#assign-picker-" + application));
            browser.find("details.add-opening summary").click();
            browser.waitForText("#add-opening", "Add at Applied");
            assertTrue(new Select(browser.find("#openingId")).getOptions().size() > 1, "the open openings are listed");
            browser.check("folded-forms-opened");
        }
    }
}
