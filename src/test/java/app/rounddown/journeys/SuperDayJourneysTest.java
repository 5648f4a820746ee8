package app.rounddown.journeys;

import static app.rounddown.support.SuperDayFixtures.atSuperDay;
import static app.rounddown.support.SuperDayFixtures.form;
import static app.rounddown.support.SuperDayFixtures.portalLink;
import static app.rounddown.support.SuperDayFixtures.schedule;
import static app.rounddown.support.SuperDayFixtures.superDayCard;
import static app.rounddown.support.SuperDayFixtures.task;
import static app.rounddown.support.SuperDayFixtures.usualDay;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rounddown.support.Database;
import app.rounddown.mail.Delivery;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Smtp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The candidate on their SuperDay page, and the hiring manager deciding from the comparison, in Chromium. */
@QuarkusTest
class SuperDayJourneysTest {
    @TestHTTPResource("/")
    URL base;
    @jakarta.inject.Inject
    Database database;
    @jakarta.inject.Inject
    Delivery delivery;

    @BeforeEach
    void needsTheBrowser() {
        Smtp.start();
        assumeTrue(Browser.available() || System.getenv("CI") != null, "Debian's chromium and chromium-driver are not "
                + "installed here (apt-get install chromium chromium-driver); CI installs them");
    }

    @Test
    void aCandidateSeesTheAgendaThenTheTaskHandsInAFileAndALinkAndGetsAReceipt() throws IOException {
        long task = task(Fixtures.unique("Journey task"));
        String name = Fixtures.unique("Carla Candidate");
        long opening = Fixtures.opening(Fixtures.unique("Journey SuperDay TAE"), "TECHNICAL_ACCOUNT_EXECUTIVE");
        long application = atSuperDay(opening, name);
        Map<String, Object> day = usualDay(application, "America/New_York", LocalDate.now().plusDays(9).atTime(9, 0),
                Fixtures.hannah().id(), task);
        day.put("video1", "https://meet.example.com/carla-and-hannah");
        long id = schedule(day);
        String link = portalLink(id);
        Path plan = Files.writeString(Files.createTempFile("plan", ".txt"), "My plan for Acme.");
        Path huge = Files.createTempFile("recording", ".mov");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(21L * 1024 * 1024);
        }
        try (Browser browser = new Browser(base.toString(), "candidate")) {
            browser.open(link);
            assertTrue(browser.pageText().contains("all times are in your time zone, America/New_York"));
            assertTrue(browser.pageText().contains("09:00–09:15"), browser.pageText());
            assertTrue(browser.pageText().contains("Kick-off with Hannah Hiring"), browser.pageText());
            // Issue 17, item 19: the meeting reads as a sentence, with its video link, the company, a contact and the fee.
            assertTrue(browser.pageText().contains("Meeting with the hiring manager, Hannah Hiring"), browser.pageText());
            assertEquals("https://meet.example.com/carla-and-hannah", browser.find("a.video-link").getAttribute("href"));
            assertTrue(browser.pageText().contains("Your SuperDay with Acme Test Company"));
            assertTrue(browser.pageText().contains("The day is paid 1,000.00 USD whatever the outcome."));
            assertTrue(browser.pageText().contains("Before we can pay the fee, please send us a completed W-9 form."));
            assertFalse(browser.pageText().contains("Research the account"), "the task shows before kick-off");
            browser.check("before-kick-off");

            form().post("/superdays/" + id + "/release").then().statusCode(303);
            browser.open(link);
            assertTrue(browser.pageText().contains("Research the account"));
            browser.check("task-released");

            browser.find("#links").sendKeys("https://docs.example.com/carla-plan");
            browser.find("#notes").sendKeys("I did the plan first and left the e-mail for last.");
            browser.find("#files").sendKeys(huge.toString());
            browser.find("form[action$='/submissions'] button[type=submit]").click();
            browser.waitForText("#files-size", "is 21.0 MB; each file can be at most 20 MB. Nothing was sent");
            assertEquals(0, database.count("select count(*) from superday_submission where superday_id = ?", id));
            assertEquals("I did the plan first and left the e-mail for last.", browser.find("#notes").getAttribute("value"),
                    "what was typed is kept");
            browser.check("file-too-large");

            // A link the server refuses: the chosen file is kept for the next try, since a browser cannot choose it again.
            browser.find("#files").clear();
            browser.find("#files").sendKeys(plan.toString());
            browser.find("#links").clear();
            browser.find("#links").sendKeys("my plan on the drive");
            browser.click(browser.find("form[action$='/submissions'] button[type=submit]"));
            assertTrue(browser.pageText().contains("is not a web address"), browser.pageText());
            assertTrue(browser.pageText().contains("Kept: " + plan.getFileName() + " (17 bytes)"), browser.pageText());
            assertTrue(browser.find("input[name=kept]").isSelected());
            browser.check("file-kept");

            browser.find("#links").clear();
            browser.find("#links").sendKeys("https://docs.example.com/carla-plan");
            browser.click(browser.find("form[action$='/submissions'] button[type=submit]"));
            assertTrue(browser.text(".flash").startsWith("Received: submission 1 at"), browser.text(".flash"));
            String receipt = browser.text(".receipt");
            assertTrue(receipt.contains(plan.getFileName() + " (17 bytes)"), receipt);
            assertTrue(receipt.contains("https://docs.example.com/carla-plan"), receipt);
            assertTrue(receipt.contains("I did the plan first and left the e-mail for last."), receipt);
            browser.check("receipt");

            browser.open("/portal/this-is-not-the-link-you-were-sent");
            assertEquals("This link is not valid", browser.text("h1"));
            assertFalse(browser.driver.getPageSource().contains(name));
            browser.check("not-valid");
        }
    }

    /** Issue 17, item 6: cancelling the day, releasing the task early and a new link each ask first, in words. */
    @Test
    void aRecruiterIsAskedFirstBeforeCancellingReleasingOrReplacingTheLink() {
        Fixtures.Person rita = Fixtures.rita();
        String name = Fixtures.unique("Rory Released");
        long application = atSuperDay(Fixtures.opening(Fixtures.unique("Journey asks first"), "TECHNICAL_ACCOUNT_EXECUTIVE"),
                name);
        long id = schedule(usualDay(application, "Europe/London", LocalDate.now().plusDays(9).atTime(9, 0),
                Fixtures.hannah().id(), task(Fixtures.unique("Journey release task"))));
        try (Browser browser = new Browser(base.toString(), "asks-first")) {
            browser.signIn(rita.email(), Fixtures.PASSWORD);
            browser.open("/superdays/" + id);
            browser.click(browser.driver.findElement(By.linkText("Cancel this SuperDay…")));
            assertTrue(browser.text(".confirm").contains("is paid the cancellation fee of 500.00 USD"), browser.text(".confirm"));
            browser.click(browser.find(".confirm button[type=submit]"));
            assertTrue(browser.text("#reason-error").startsWith("Say why the SuperDay is cancelled"));
            browser.check("cancel-needs-a-reason");
            browser.click(browser.driver.findElement(By.linkText("No, go back")));
            assertEquals("SCHEDULED", database.text("select status from superday where id = ?", id));

            browser.click(browser.driver.findElement(By.linkText("Release the task now…")));
            assertEquals("Release the task to " + name + " now?", browser.text("h1"));
            browser.check("release-asks-first");
            browser.click(browser.find(".confirm button[type=submit]"));
            assertTrue(browser.text(".flash").startsWith("Task released."), browser.text(".flash"));

            String old = portalLink(id);
            browser.click(browser.driver.findElement(By.linkText("Make a new link…")));
            assertTrue(browser.text(".confirm").contains("stops working at once"), browser.text(".confirm"));
            browser.check("new-link-asks-first");
            browser.click(browser.find(".confirm button[type=submit]"));
            assertTrue(browser.text(".flash").startsWith("A new candidate link is ready"), browser.text(".flash"));
            given().auth().none().get(old).then().statusCode(404);
        }
    }

    @Test
    void aHiringManagerComparesBlindRevealsDecidesAnOfferAndApprovesIt() {
        Fixtures.Person hannah = Fixtures.hannah();
        Fixtures.Person marcus = Fixtures.marcus();
        long opening = ((Number) given().contentType("application/json").body(Map.of("title", Fixtures.unique("Journey offers"),
                "roleType", "BUSINESS_DEVELOPMENT_REP", "hiringManagerId", hannah.id(), "secondApproverId", marcus.id()))
                .post("/api/openings").then().statusCode(201).extract().path("id")).longValue();
        long task = task(Fixtures.unique("Journey comparison task"));
        String first = Fixtures.unique("Orla Quenby");
        String second = Fixtures.unique("Piet Vandermolen");
        long strong = atSuperDay(opening, first);
        long weaker = atSuperDay(opening, second);
        Fixtures.Person reviewer = Fixtures.person("Rhea Reviewer", "INTERVIEWER");
        for (long application : new long[] {strong, weaker}) {
            schedule(usualDay(application, "Europe/London", LocalDate.now().minusDays(1).atTime(9, 0), hannah.id(), task));
        }
        superDayCard(strong, reviewer, 4, Map.of("output", 4, "demo", 3), null);
        superDayCard(weaker, reviewer, 2, Map.of("output", 2), null);

        try (Browser browser = new Browser(base.toString(), "hiring-manager")) {
            browser.signIn(hannah.email(), Fixtures.PASSWORD);
            browser.open("/comparisons/" + opening);
            String blind = browser.driver.getPageSource();
            for (String part : (first + " " + second).split(" ")) {
                assertFalse(blind.contains(part), "the blind comparison shows " + part);
            }
            browser.check("comparison-blind");
            browser.readmePicture("comparison", null);

            browser.click(browser.driver.findElement(By.xpath("//button[normalize-space(.)='Reveal names']")));
            assertTrue(browser.pageText().contains(first) && browser.pageText().contains(second));
            browser.check("comparison-revealed");

            browser.click(browser.driver.findElement(By.partialLinkText("Decision for " + first)));
            browser.find("input[name=outcome][value=OFFER]").click();
            browser.check("decision");
            browser.click(browser.find("form[action^='/decisions/'] button[type=submit]"));
            assertTrue(browser.text(".flash").contains("Decision recorded: an offer"), browser.text(".flash"));

            browser.find("#ote").sendKeys("100000");
            browser.find("#annualQuota").sendKeys("800000");
            browser.click(browser.find("form[action^='/offers/'] button[type=submit]"));
            assertTrue(browser.pageText().contains("70,000.00 USD (70%)"), "the BDR split is 70/30");
            assertTrue(browser.pageText().contains("Team quota for Q"));
            browser.check("offer");
            browser.click(browser.driver.findElement(By.xpath("//button[normalize-space(.)='Approve this offer']")));
            assertTrue(browser.pageText().contains("Hiring manager (Hannah Hiring): approved"));
        }
        try (Browser browser = new Browser(base.toString(), "second-approver")) {
            browser.signIn(marcus.email(), Fixtures.PASSWORD);
            browser.open("/offers/" + strong);
            browser.click(browser.driver.findElement(By.xpath("//button[normalize-space(.)='Approve this offer']")));
            assertEquals("Approved", browser.text(".page-head .badge"));
            browser.check("approved");
        }
    }

    @Test
    void aRecruiterSchedulesASuperDayFromTheCandidatePageAndSeesLiveWarnings() throws Exception {
        Fixtures.Person rita = Fixtures.rita();
        String name = Fixtures.unique("Sam Scheduled");
        long application = atSuperDay(Fixtures.opening(Fixtures.unique("Journey scheduling"), "TECHNICAL_ACCOUNT_EXECUTIVE"), name);
        String candidate = String.valueOf(((Number) given().get("/api/applications/" + application).then().statusCode(200)
                .extract().path("candidateId")).longValue());
        // Issue 17, items 7-9: a reviewer in Chicago, six hours behind the London candidate (five in the weeks between clock changes), assigned before the day is scheduled.
        String nia = Fixtures.unique("Nia Chicago");
        long niaId = Fixtures.user(nia, Fixtures.email(), "America/Chicago", "INTERVIEWER");
        given().contentType("application/json").body(Map.of("applicationId", application, "stage", "SUPERDAY",
                "interviewerId", niaId, "startsAt", Instant.now().toString())).post("/api/assignments")
                .then().statusCode(201);
        try (Browser browser = new Browser(base.toString(), "scheduling")) {
            browser.signIn(rita.email(), Fixtures.PASSWORD);
            browser.open("/candidates/" + candidate);
            browser.click(browser.driver.findElement(By.linkText("Schedule the SuperDay")));
            // The day is laid out around Nia's hours, and the warnings are there before any edit.
            assertTrue(browser.text(".layout-note").contains("Laid out around everyone's working hours"),
                    browser.text(".layout-note"));
            assertTrue(browser.text("#agenda-warnings").contains("No warnings"), browser.text("#agenda-warnings"));
            assertEquals(1, browser.driver.findElements(By.name("candidateZone")).size(), "the zone is asked once");
            // Asked of the page directly: looking for what is absent would wait out the driver's implicit wait.
            assertEquals(0L, browser.driver.executeScript("return document.querySelectorAll('select[multiple]').length"));
            browser.check("scheduler-laid-out");
            // Rita also has Hannah meet the candidate in the team chats and review the day: ticks, no Ctrl-click.
            browser.find("input[name=people5][value='" + Fixtures.hannah().id() + "']").click();
            browser.find("input[name=reviewers][value='" + Fixtures.hannah().id() + "']").click();
            browser.find("#minutes1").clear();
            browser.find("#minutes1").sendKeys("240");
            browser.find("#minutes0").click();
            browser.waitForText("#agenda-warnings", "keep them to 20%");
            browser.check("live-warnings");
            browser.click(browser.find("form.wider button.primary[type=submit]"));
            assertTrue(browser.pageText().contains("I have read these warnings; save anyway"));
            WebElement tick = browser.find("input[name=confirmWarnings]");
            tick.click();
            // The tick is a change to the form, which redraws the warnings; the redrawn box is still ticked.
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(tick));
            assertTrue(browser.find("input[name=confirmWarnings]").isSelected(), "the tick survives the live redraw");
            browser.click(browser.find("form.wider button.primary[type=submit]"));
            assertTrue(browser.text(".flash").contains("SuperDay scheduled for " + name), browser.text(".flash"));
            assertTrue(browser.pageText().contains("Reviewers: " + nia + ", Hannah Hiring")
                    || browser.pageText().contains("Reviewers: Hannah Hiring, " + nia), "the reviewers are set by scheduling");
            browser.check("superday");
            // Upcoming, soonest first: other tests leave many SuperDays further ahead than this one.
            browser.open("/superdays?view=upcoming");
            assertTrue(browser.pageText().contains(name), browser.pageText());
            browser.check("superday-list");
            browser.open("/tasks");
            browser.check("task-library");
            browser.open("/tasks/new");
            browser.check("new-task");
            browser.open("/payments");
            browser.check("payments");
            seeTheInvitationArriveAndInTheOutbox(browser, candidate, name);
        }
    }

    /**
     * Issue 13: "Scheduling sends the candidate the portal link, the agenda in their zone, ..." and "the Outbox page
     * works in the browser journeys": the invitation arrives over SMTP (its HTML part is the README's picture of a
     * received SuperDay invitation), and an admin finds it on the Outbox page with its HTML shown sandboxed.
     */
    private void seeTheInvitationArriveAndInTheOutbox(Browser browser, String candidate, String name) throws Exception {
        String email = given().get("/api/candidates/" + candidate).then().statusCode(200).extract().path("email");
        // Only this journey's candidate's messages are sent here; earlier tests' undelivered ones are not its business.
        database.update("update outbox set status = 'SENT', sent_at = now() where status = 'QUEUED' and to_address <> ?",
                email);
        Smtp.deliverAllDue(delivery, Instant.now());
        MimeMessage invitation = Smtp.to(email).stream().filter(mail -> subject(mail).startsWith("Your SuperDay with"))
                .findFirst().orElseThrow(() -> new AssertionError("no SuperDay invitation reached " + email));
        try {
            Map<String, String> parts = Smtp.parts(invitation);
            assertTrue(parts.containsKey("superday.ics"), parts.keySet().toString());
            Path received = Files.createDirectories(Path.of("target", "journeys")).resolve("superday-invitation.html");
            Files.writeString(received, parts.get("text/html"));
            browser.driver.get(received.toUri().toString());
            assertTrue(browser.pageText().contains("Open your page for the day"), browser.pageText());
            browser.readmePicture("superday-invitation", null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        // The same (shared) browser signs in as the admin, so this comes last in the journey.
        try (Browser admin = new Browser(base.toString(), "outbox")) {
            admin.signIn(Fixtures.ada().email(), Fixtures.PASSWORD);
            admin.open("/outbox");
            admin.click(admin.driver.findElement(By.partialLinkText(subject(invitation))));
            assertTrue(admin.pageText().contains(name), admin.pageText());
            assertEquals("", admin.find("iframe.message-html").getAttribute("sandbox"));
            admin.check("outbox-message");
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
