package app.rounddown.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.careers.FormStamps;
import app.rounddown.support.Browser;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Smtp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "A confirmation page, and a confirmation e-mail when the app sends mail." */
@QuarkusTest
class ApplicationConfirmationMailTest {
    @Inject
    Delivery delivery;
    @Inject
    Database database;
    @Inject
    FormStamps stamps;

    @BeforeEach
    void mailServerIsUp() {
        Smtp.start();
        database.update("delete from careers_submission");
    }

    @Test
    void someoneWhoAppliesOnTheCareersPageIsEmailedThatTheirApplicationArrivedAndWhatHappensNext() throws Exception {
        String title = Fixtures.unique("Customer Success Manager");
        long opening = Fixtures.publishedOpening(title, "CUSTOMER_SUCCESS_MANAGER");
        String slug = database.text("select slug from opening where id = ?", opening);
        String email = Fixtures.email();
        Response page = RestAssured.given().auth().none().get("/jobs/" + slug);
        RestAssured.given().auth().none().redirects().follow(false).cookies(page.getCookies())
                .multiPart("_csrf", Browser.csrfToken(page)).multiPart("stamp", stamps.issue(Instant.now().minusSeconds(30)))
                .multiPart("name", "Morgan Mailed").multiPart("email", email).multiPart("timeZone", "Asia/Tokyo")
                .multiPart("consent", "true").multiPart("cv", "morgan.pdf", Fixtures.pdf("Morgan"), "application/pdf")
                .post("/jobs/" + slug + "/applications").then().statusCode(303);
        Smtp.deliverAllDue(delivery, Instant.now());
        List<MimeMessage> arrived = Smtp.to(email);
        assertEquals(1, arrived.size());
        assertEquals("We have your application: " + title + " at Acme Test Company", arrived.get(0).getSubject());
        Map<String, String> parts = Smtp.parts(arrived.get(0));
        assertTrue(parts.get("text/plain").contains("Hello Morgan Mailed,"), parts.get("text/plain"));
        assertTrue(parts.get("text/plain").contains("What happens next"), parts.get("text/plain"));
        assertTrue(parts.get("text/plain").contains("/jobs/" + slug), "the message links to the role");
        assertTrue(parts.get("text/html").contains("Thank you for applying for"), parts.get("text/html"));
        assertEquals(1, database.count("select count(*) from outbox o join application a on a.id = o.application_id "
                + "where o.to_address = ? and a.opening_id = ? and o.to_candidate", email, opening),
                "the message belongs to the application, on the candidate's timeline");
    }
}
