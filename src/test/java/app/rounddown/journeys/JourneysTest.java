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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/** People using the product in a real browser: what HTTP-level tests cannot see. */
@QuarkusTest
class JourneysTest {
    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(Browser.available() || System.getenv("CI") != null, "Debian's chromium and chromium-driver are not "
                + "installed here (apt-get install chromium chromium-driver); CI installs them");
    }

    @Test
    void aRecruiterCreatesAnOpeningAddsACandidateAndMovesThemOnOnceTheCardIsIn() {
        Fixtures.Person rita = Fixtures.rita();
        Fixtures.Person simon = Fixtures.simon();
        Fixtures.hannah();
        String title = Fixtures.unique("Journey TAE");
        String name = Fixtures.unique("Journey Candidate");
        try (Browser browser = new Browser(base.toString(), "recruiter")) {
            browser.signIn(rita.email(), Fixtures.PASSWORD);
            browser.check("openings");

            browser.open("/openings/new");
            browser.find("#title").sendKeys(title);
            new Select(browser.find("#roleType")).selectByVisibleText("Technical Account Executive");
            new Select(browser.find("#hiringManagerId")).selectByVisibleText("Hannah Hiring");
            browser.check("new-opening");
            browser.click(browser.find("form.form button[type=submit]"));
            assertTrue(browser.text(".flash").contains("created"), browser.text(".flash"));
            browser.check("board");

            browser.open("/candidates/new");
            // The field stops typing at 200 characters; a pasted name from an older browser can still be longer.
            browser.driver.executeScript("document.getElementById('name').removeAttribute('maxlength')");
            String tooLong = "Bartholomew ".repeat(17).strip();
            browser.find("#name").sendKeys(tooLong);
            String email = "journey-" + System.nanoTime() + "@example.com";
            browser.find("#email").sendKeys(email);
            browser.find("#timeZone").sendKeys("Europe/Dublin");
            browser.click(browser.find("form.form button[type=submit]"));
            assertEquals("Keep the name to 200 characters or fewer.", browser.text("#name-error"));
            assertEquals(tooLong, browser.find("#name").getAttribute("value"), "what was typed is kept");
            assertEquals(email, browser.find("#email").getAttribute("value"));
            browser.check("name-too-long");
            browser.find("#name").clear();
            browser.find("#name").sendKeys(name);
            browser.click(browser.find("form.form button[type=submit]"));
            assertTrue(browser.text("h1").contains(name));

            new Select(browser.find("#openingId")).selectByVisibleText(title);
            browser.click(browser.find("form.inline-form button[type=submit]"));
            browser.click(browser.find("button.primary[type=submit]"));
            assertTrue(browser.text(".flash").contains("moved from Applied to Culture interview"), browser.text(".flash"));
            browser.check("candidate-at-culture");

            // The form is open by itself: the candidate waits at an interview nobody is assigned to yet.
            assertTrue(browser.find("details.assign").getAttribute("open") != null, "the assign form is open");
            new Select(browser.find("select[name=stage]")).selectByVisibleText("Culture interview");
            new Select(browser.find("select[name=interviewerId]")).selectByVisibleText(simon.name());
            browser.driver.executeScript("arguments[0].value = '2026-01-05T10:00'", browser.find("input[name=startsAt]"));
            browser.click(browser.find("details.assign button[type=submit]"));
            assertTrue(browser.text(".flash").contains("Simon Technical will interview"), browser.text(".flash"));

            browser.click(browser.find("button.primary[type=submit]"));
            assertTrue(browser.text(".flash").contains(": waiting for the scorecard of Simon Technical"),
                    browser.text(".flash"));
            browser.check("move-refused");

            long application = Long.parseLong(browser.find("input[name=applicationId]").getAttribute("value"));
            simon.calls().contentType(ContentType.JSON).body(Map.of("overall", 3, "takeaways", "A definite yes"))
                    .post("/api/scorecards/" + application + "/CULTURE/submission").then().statusCode(201);
            browser.driver.navigate().refresh();
            browser.click(browser.find("button.primary[type=submit]"));
            assertTrue(browser.text(".flash").contains("moved from Culture interview to Technical interview"),
                    browser.text(".flash"));
            browser.check("moved-on");

            // Rejecting asks first, and "No, go back" changes nothing (issue 17, item 6).
            browser.click(browser.driver.findElement(By.partialLinkText("Reject")));
            assertTrue(browser.text("h1").startsWith("Reject " + name), browser.text("h1"));
            assertTrue(browser.text(".confirm").contains("Nothing is sent to " + name + "."), browser.text(".confirm"));
            browser.check("reject-asks-first");
            browser.click(browser.driver.findElement(By.linkText("No, go back")));
            assertTrue(browser.text("h1").contains(name));
            assertEquals("ACTIVE", given().get("/api/applications/" + application).then().extract().path("status"));
            long opening = ((Number) given().get("/api/applications/" + application).then().extract().path("openingId"))
                    .longValue();
            String[][] others = {{"Amara Okafor", "CULTURE"}, {"Ben Lindqvist", "TECHNICAL"}, {"Chloe Moreau", "SMALL_TEAM"},
                    {"Dmitri Ivanova", "SUPERDAY"}, {"Elena Costa", "APPLIED"}, {"Farah Haddad", "CULTURE"}};
            for (String[] other : others) {
                long id = Fixtures.application(Fixtures.candidate(other[0]), opening);
                for (String stage = "APPLIED"; !stage.equals(other[1]); ) {
                    String next = List.of("APPLIED", "CULTURE", "TECHNICAL", "SMALL_TEAM", "SUPERDAY")
                            .get(List.of("APPLIED", "CULTURE", "TECHNICAL", "SMALL_TEAM", "SUPERDAY").indexOf(stage) + 1);
                    if (stage.equals("APPLIED")) {
                        Fixtures.move(id, stage, next);
                    } else {
                        Fixtures.pass(id, stage, next);
                    }
                    stage = next;
                }
            }
            browser.click(browser.driver.findElement(By.linkText(title)));
            browser.readmePicture("board", null);
        }
    }

    @Test
    void anInterviewerFillsTheirCardByKeyboardFindsTheDraftAgainAndSeesOthersOnlyAfterSubmitting() {
        Fixtures.Person kim = Fixtures.person("Kim Keyboard", "INTERVIEWER");
        Fixtures.Person other = Fixtures.person("Olga Other", "INTERVIEWER");
        long application = Fixtures.janeApplied();
        Fixtures.move(application, "APPLIED", "CULTURE");
        given().contentType(ContentType.JSON).body(Map.of("applicationId", application, "stage", "CULTURE",
                "interviewerId", kim.id(), "startsAt", "2026-01-05T10:00:00Z")).post("/api/assignments");
        Fixtures.card(application, "CULTURE", other, 4);
        String interview = "/interviews/" + application + "/CULTURE";

        try (Browser browser = new Browser(base.toString(), "interviewer")) {
            browser.signIn(kim.email(), Fixtures.PASSWORD);
            assertTrue(browser.driver.getCurrentUrl().endsWith("/interviews"), browser.driver.getCurrentUrl());
            browser.check("my-interviews");
            WebElement link = browser.driver.findElement(By.cssSelector("a[href='" + interview + "']"));
            browser.press(link, Keys.ENTER);
            assertTrue(browser.pageText().contains("1 other card is hidden until you submit yours"));
            browser.check("interview");

            List<String> choices = browser.driver.findElements(By.cssSelector("input[name=overall]")).stream()
                    .map(radio -> radio.getAttribute("value")).toList();
            assertEquals(List.of("1", "2", "3", "4"), choices, "whole numbers only: there is no 2.5 to choose");

            WebElement strongNo = browser.find("input[name=overall][value='1']");
            strongNo.sendKeys(Keys.SPACE);
            strongNo.sendKeys(Keys.ARROW_RIGHT);
            browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
            browser.find("#takeaways").sendKeys("Specific examples; a definite yes.");
            browser.find("#takeaways").sendKeys(Keys.TAB);
            browser.waitForText(".autosave", "Draft saved");
            browser.screenshot("draft-saved");

            String firstTab = browser.driver.getWindowHandle();
            browser.driver.switchTo().newWindow(WindowType.TAB);
            String secondTab = browser.driver.getWindowHandle();
            browser.driver.switchTo().window(firstTab).close();
            browser.driver.switchTo().window(secondTab);
            browser.open(interview);
            assertEquals("Specific examples; a definite yes.", browser.find("#takeaways").getAttribute("value"));
            assertTrue(browser.find("input[name=overall][value='3']").isSelected(), "the draft kept the 3");
            browser.check("draft-found-again");
            browser.readmePicture("scorecard", "#takeaways");

            browser.press(browser.find("form.scorecard-form button.primary"), Keys.ENTER);
            assertTrue(browser.text(".flash").contains("Scorecard submitted: 3 (Yes)"), browser.text(".flash"));
            assertTrue(browser.pageText().contains("Olga Other"), "the other card is open after submitting");
            browser.check("after-submit");
        }
    }

    @Test
    void theCoreFormsWorkWithJavascriptSwitchedOffAndBadInputIsExplainedBesideTheField() {
        Fixtures.Person rita = Fixtures.rita();
        Fixtures.hannah();
        String title = Fixtures.unique("No-JS BDR");
        try (Browser browser = new Browser(base.toString(), "no-javascript", false)) {
            browser.signIn(rita.email(), Fixtures.PASSWORD);
            browser.open("/openings/new");
            browser.find("#title").sendKeys(title);
            new Select(browser.find("#roleType")).selectByVisibleText("Business Development Rep");
            new Select(browser.find("#hiringManagerId")).selectByVisibleText("Hannah Hiring");
            browser.click(browser.find("form.form button[type=submit]"));
            assertTrue(browser.text(".flash").contains("created"), browser.text(".flash"));

            browser.open("/candidates/new");
            browser.find("#email").sendKeys("not-an-address");
            browser.find("#timeZone").sendKeys("Europe/Paris");
            browser.click(browser.find("form.form button[type=submit]"));
            assertEquals("Enter the candidate's name.", browser.text("#name-error"));
            assertEquals("Enter an e-mail address like name@example.com.", browser.text("#email-error"));
            assertEquals("not-an-address", browser.find("#email").getAttribute("value"), "what was typed is kept");
            browser.screenshot("candidate-errors"); // axe needs scripts; the same pages are checked with them on

            browser.find("#name").sendKeys("Nadia No-Script");
            browser.find("#email").clear();
            browser.find("#email").sendKeys("nadia-" + System.nanoTime() + "@example.com");
            browser.click(browser.find("form.form button[type=submit]"));
            new Select(browser.find("#openingId")).selectByVisibleText(title);
            browser.click(browser.find("form.inline-form button[type=submit]"));
            browser.click(browser.find("button.primary[type=submit]"));
            assertTrue(browser.text(".flash").contains("moved from Applied to Culture interview"), browser.text(".flash"));

            browser.click(browser.driver.findElement(By.partialLinkText("Reject")));
            // Rejecting asks first (issue 17, item 6): the button says where, and what comes next.
            assertTrue(browser.text(".confirm").contains("a short message to Nadia No-Script is drafted"), browser.text(".confirm"));
            assertEquals("Reject Nadia No-Script at Culture interview", browser.text(".confirm button[type=submit]"));
            browser.screenshot("reject-asks-first-without-javascript"); // axe runs on the same page in the recruiter's journey
            new Select(browser.find("#category")).selectByVisibleText("Experience for the role");
            browser.click(browser.find(".confirm button[type=submit]"));
            assertTrue(browser.text("#reason-error").startsWith("Write the reason"), browser.text("#reason-error"));
            browser.find("#reason").sendKeys("Needs more closing experience.");
            browser.click(browser.find(".confirm button[type=submit]"));
            assertTrue(browser.text(".flash").contains("rejected at Culture interview"), browser.text(".flash"));
            // After a culture-interview rejection the drafted message to the candidate comes next (issue 13).
            browser.screenshot("culture-rejection-message");
            browser.click(browser.driver.findElement(By.xpath("//button[@value='SKIP']")));
            assertTrue(browser.text(".flash").contains("No message will be sent"), browser.text(".flash"));
            browser.click(browser.driver.findElement(By.xpath("//button[starts-with(normalize-space(.), 'Reopen')]")));
            assertTrue(browser.text(".flash").contains("reopened at Culture interview"), browser.text(".flash"));
            browser.screenshot("reopened");
        }
    }
}
