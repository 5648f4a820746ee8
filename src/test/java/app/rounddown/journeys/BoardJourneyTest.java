package app.rounddown.journeys;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rounddown.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A recruiter reads the board: who can move, why not, and who has left (issue 17, items 1 and 2). */
@QuarkusTest
class BoardJourneyTest {
    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(Browser.available() || System.getenv("CI") != null, "Debian's chromium and chromium-driver are not "
                + "installed here (apt-get install chromium chromium-driver); CI installs them");
    }

    @Test
    void aRecruiterSeesWhyACandidateCannotMoveByKeyboardAndShowsThoseWhoLeft() {
        long opening = Fixtures.openingTae();
        String held = Fixtures.unique("Pedro Novak");
        String ready = Fixtures.unique("Tessa Ready");
        String gone = Fixtures.unique("Rhea Rejected");
        long pedro = atTechnical(held, opening);
        Fixtures.card(pedro, "TECHNICAL", Fixtures.person("Prompt Pam", "INTERVIEWER"), 4);
        given().contentType(ContentType.JSON).body(Map.of("applicationId", pedro, "stage", "TECHNICAL",
                "interviewerId", Fixtures.person("Late Larry", "INTERVIEWER").id(), "startsAt", "2026-01-05T10:00:00Z"))
                .post("/api/assignments").then().statusCode(201);
        Fixtures.card(atTechnical(ready, opening), "TECHNICAL", Fixtures.person("Yes Yolanda", "INTERVIEWER"), 3);
        long rhea = Fixtures.application(Fixtures.candidate(gone), opening);
        given().contentType(ContentType.JSON).body(Map.of("seenStage", "APPLIED", "category", "EXPERIENCE",
                "reason", "Needs more closing experience")).post("/api/applications/" + rhea + "/rejections")
                .then().statusCode(201);

        try (Browser browser = new Browser(base.toString(), "board")) {
            browser.signIn(Fixtures.rita().email(), Fixtures.PASSWORD);
            browser.open("/boards/" + opening);
            WebElement pedroCard = card(browser, held);
            assertTrue(pedroCard.getText().contains("1/2 cards"), pedroCard.getText());
            assertTrue(pedroCard.findElements(By.cssSelector("form")).isEmpty(), "a card's forms wait until asked for");
            pedroCard.findElement(By.cssSelector("a.card-act")).sendKeys(Keys.ENTER);
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(d -> !card(browser, held).findElements(By.cssSelector(".card-panel .held-move")).isEmpty());
            pedroCard = card(browser, held);
            String forward = pedroCard.findElement(By.cssSelector(".held-move")).getText();
            assertTrue(forward.endsWith("Can't move to Small team yet: missing card"), forward);
            assertEquals("Back to Culture interview", browser.driver.switchTo().activeElement().getAttribute("title"),
                    "the keyboard goes on in the actions it opened");
            assertEquals("Missing card", pedroCard.findElement(By.cssSelector(".blocker")).getText());
            String reason = pedroCard.findElement(By.cssSelector(".card-panel .held-reasons li")).getText();
            assertTrue(reason.startsWith("Waiting for the scorecard of Late Larry"), reason);
            browser.check("held-card-reasons-in-actions");

            WebElement tessaCard = card(browser, ready);
            assertEquals("1/1 cards", tessaCard.findElement(By.cssSelector(".cards-in")).getText());
            assertEquals("3 Yes", tessaCard.findElement(By.cssSelector(".score")).getText());
            tessaCard.findElement(By.cssSelector("a.card-act")).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(d -> !card(browser, ready).findElements(By.cssSelector(".card-panel")).isEmpty());
            browser.check("card-actions-open");
            browser.click(card(browser, ready).findElement(By.cssSelector(".card-panel button.primary")));
            assertTrue(browser.pageText().contains(ready + ": moved from Technical interview to Small team screen"),
                    browser.pageText());
            assertTrue(browser.driver.findElement(By.id("cards-SMALL_TEAM")).getText().contains(ready));
            assertFalse(browser.pageText().contains(gone), "the rejected are hidden until asked for");

            browser.find("#board-closed").click();
            browser.waitForText("#board-columns", gone);
            assertTrue(browser.driver.getCurrentUrl().contains("closed=true"), browser.driver.getCurrentUrl());
            WebElement rheaCard = card(browser, gone);
            assertTrue(rheaCard.getAttribute("class").contains("card-closed"));
            String closing = rheaCard.findElement(By.cssSelector(".card-closing")).getText();
            assertEquals("Rejected: Experience for the role. Needs more closing experience", closing);
            browser.check("rejected-shown");
        }
    }

    private static long atTechnical(String name, long opening) {
        long application = Fixtures.application(Fixtures.candidate(name), opening);
        Fixtures.move(application, "APPLIED", "CULTURE");
        Fixtures.pass(application, "CULTURE", "TECHNICAL");
        return application;
    }

    private static WebElement card(Browser browser, String name) {
        return browser.driver.findElement(By.xpath("//li[contains(@class, 'card')][a[normalize-space(.) = '" + name + "']]"));
    }
}
