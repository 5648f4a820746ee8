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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An admin handles a candidate's data: the retention list, then an erasure on request through the confirmation. */
@QuarkusTest
class PrivacyJourneyTest {
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
    void anAdminFindsAQuietCandidateOnTheRetentionListAndErasesThemFromTheirPage() {
        String name = Fixtures.unique("Olga Oldtimer");
        long olga = database.count("insert into candidate (name, email, phone, time_zone, source, created_at) values "
                + "(?, ?, '+44 20 7946 0000', 'Europe/London', 'INBOUND', ?) returning id", name, Fixtures.email(),
                OffsetDateTime.now(ZoneOffset.UTC).minusMonths(40));

        try (Browser browser = new Browser(base.toString(), "privacy")) {
            browser.signIn(Fixtures.ada().email(), Fixtures.PASSWORD);
            browser.open("/privacy/retention");
            assertTrue(browser.pageText().contains(name), browser.pageText());
            browser.check("retention-list");

            browser.click(browser.driver.findElement(By.linkText(name)));
            browser.click(browser.find(".privacy-actions a[href$='/erasures']"));
            assertTrue(browser.pageText().contains("Stays, anonymous, for reports"), browser.pageText());
            browser.check("erasure-confirmation");

            browser.click(browser.find("form[action='/candidates/" + olga + "/erasures'] button[type=submit]"));
            assertEquals("Erased candidate " + olga, browser.text("h1"));
            assertTrue(browser.text(".erased-note").startsWith("This candidate's personal data was erased."));
            // The whole number: "7946" alone is also in the name of candidate 7946, 17946, ...
            assertTrue(!browser.pageText().contains("7946 0000"), "the phone number is gone");
            browser.check("erased-candidate");
        }
    }
}
