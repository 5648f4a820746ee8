package app.rounddown.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * "A candidate applies on a phone-sized window with a PDF CV and finds the confirmation; a recruiter finds them on
 * the board."
 */
@QuarkusTest
class CareersJourneyTest {
    @TestHTTPResource("/")
    URL base;
    @Inject
    Database database;

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(Browser.available() || System.getenv("CI") != null, "Debian's chromium and chromium-driver are not "
                + "installed here (apt-get install chromium chromium-driver); CI installs them");
        database.update("delete from careers_submission");
    }

    @Test
    void aCandidateAppliesOnAPhoneAndARecruiterFindsThemNewOnTheBoard() throws Exception {
        String title = Fixtures.unique("Technical Account Executive");
        long opening = Fixtures.publishedOpening(title, "TECHNICAL_ACCOUNT_EXECUTIVE");
        String name = Fixtures.unique("Phoebe Phone");
        Path cv = Files.createTempFile("phoebe-cv", ".pdf");
        Files.write(cv, Fixtures.pdf("Phoebe Phone, closing enterprise deals"));
        cv.toFile().deleteOnExit();

        Browser browser = new Browser(base.toString(), "careers");
        ChromeDriver phone = browser.driver;
        try (browser) {
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Tokyo"));
            browser.open("/jobs");
            browser.check("jobs-on-a-phone");
            assertTrue(((Number) browser.driver.executeScript("return document.documentElement.scrollWidth")).intValue() <= 390,
                    "nothing is wider than the phone");
            browser.click(browser.driver.findElement(By.linkText(title)));
            browser.check("job-on-a-phone");
            assertTrue(((Number) browser.driver.executeScript("return document.documentElement.scrollWidth")).intValue() <= 390,
                    "the post and its form fit the phone's width");
            assertTrue(browser.pageText().contains("What you will do"), browser.pageText());
            assertEquals("Asia/Tokyo", browser.find("#timeZone").getAttribute("value"), "the browser's zone is filled in");
            browser.find("#name").sendKeys(name);
            browser.find("#email").sendKeys(Fixtures.email());
            browser.find("#cv").sendKeys(cv.toString());
            browser.find("#note").sendKeys("I would love to sell this.");
            browser.find("input[name=consent]").click();
            Thread.sleep(3000); // a person takes longer than the form's minimum to fill it in
            browser.click(browser.find("form.apply-form button[type=submit]"));
            browser.check("applied-on-a-phone");
            assertTrue(browser.pageText().contains("Thank you for applying"), browser.pageText());
            assertTrue(browser.pageText().contains("What happens next"), browser.pageText());
        } finally {
            phone.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
        }
        assertEquals("Asia/Tokyo", database.text("select time_zone from candidate where name = ?", name));

        try (Browser recruiter = new Browser(base.toString(), "careers-board")) {
            recruiter.signIn(Fixtures.rita().email(), Fixtures.PASSWORD);
            recruiter.open("/boards/" + opening);
            WebElement card = recruiter.driver.findElement(By.xpath("//li[contains(@class, 'card')][a[normalize-space(.) = '"
                    + name + "']]"));
            assertTrue(card.getText().contains("New"), card.getText());
            recruiter.check("board-with-a-new-application");
            recruiter.click(card.findElement(By.cssSelector(".card > a:first-child")));
            recruiter.check("candidate-from-the-careers-page");
            assertTrue(recruiter.pageText().contains("Applied for \u201c" + title + "\u201d on the careers page."),
                    "the candidate's note is on their profile");
        }
    }
}
