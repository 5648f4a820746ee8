package app.rounddown.dossier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.cvtext.CvTextReader;
import app.rounddown.support.CvFiles;
import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Forms;
import app.rounddown.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "CV files (uploaded by candidates or by recruiters on the candidate page) are stored in PostgreSQL like hand-ins,
 * shown inline on the candidate page (PDF in the browser's viewer, sandboxed, with download) and available to the
 * interviewers assigned to that candidate."
 */
@QuarkusTest
class CandidateCvTest {
    @Inject
    Database database;
    @Inject
    CvTextReader reader;

    @Test
    void aRecruiterAddsAPdfCvThatThePageShowsInASandboxedFrameWithADownload() {
        long candidate = Fixtures.candidate(Fixtures.unique("Petra Pdf"));
        byte[] pdf = CvFiles.pdf("Petra Pdf", "Account executive");
        Response added = upload(Fixtures.rita().calls(), candidate, "petra.pdf", pdf);
        assertEquals(303, added.statusCode(), added.asString());
        String page = landingAs(Fixtures.rita(), added);
        assertTrue(page.contains("CV petra.pdf added for"), page);
        long cv = database.count("select max(id) from candidate_cv where candidate_id = ?", candidate);
        assertEquals("Rita Recruiter", database.text("select uploaded_by from candidate_cv where id = ?", cv));
        assertTrue(page.contains("<iframe class=\"cv-viewer\" src=\"/candidates/" + candidate + "/cvs/" + cv + "\""), page);
        assertTrue(page.contains("Text not read yet"), "the upload does not wait for the text");
        assertEquals(1, database.count("select count(*) from audit_entry where entity_type = 'candidate_cv' and entity_id = ?", cv));

        Response inline = given().get("/candidates/" + candidate + "/cvs/" + cv);
        assertEquals(200, inline.statusCode());
        assertEquals("application/pdf", inline.contentType());
        assertTrue(inline.header("Content-Disposition").startsWith("inline;"), inline.header("Content-Disposition"));
        assertEquals("nosniff", inline.header("X-Content-Type-Options"));
        assertTrue(inline.header("Content-Security-Policy").startsWith("sandbox;"), inline.header("Content-Security-Policy"));
        assertTrue(inline.header("Content-Security-Policy").contains("frame-ancestors 'self'"));
        assertEquals("SAMEORIGIN", inline.header("X-Frame-Options"));
        assertArrayEquals(pdf, inline.asByteArray());

        Response download = given().get("/candidates/" + candidate + "/cvs/" + cv + "/download");
        assertEquals(200, download.statusCode());
        assertTrue(download.header("Content-Disposition").startsWith("attachment;"));
        assertArrayEquals(pdf, download.asByteArray());
        // Every other page still may not be framed.
        assertEquals("DENY", given().get("/candidates/" + candidate).header("X-Frame-Options"));
    }

    @Test
    void aWordCvShowsItsTextOnceReadAndAnUnreadableOneSaysSo() {
        long candidate = Fixtures.candidate(Fixtures.unique("Walter Word"));
        CvFiles.attach(candidate, "old-scan.pdf", CvFiles.imageOnlyPdf());
        CvFiles.attach(candidate, "walter.docx", CvFiles.docx("Walter grew renewals by 40% at Fabrikam"));
        given().get("/candidates/" + candidate).then().statusCode(200).body(containsString("Text not read yet"))
                .body(containsString("old-scan.pdf"));
        reader.readPending();
        String page = given().get("/candidates/" + candidate).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Walter grew renewals by 40% at Fabrikam"), "the Word file's text is shown");
        assertTrue(page.contains("Text could not be read"), "the scanned PDF is marked");
        assertTrue(!page.contains("<iframe"), "no viewer for a Word file");
    }

    @Test
    void aFileThatIsNotAPdfOrWordFileIsRefusedBesideTheFieldAndNothingIsStored() {
        long candidate = Fixtures.candidate(Fixtures.unique("Nora Notpdf"));
        long files = database.count("select count(*) from stored_file");
        upload(Fixtures.rita().calls(), candidate, "cv.pdf", "just text, named .pdf".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(400).body(containsString("id=\"cv-error\">Choose a PDF or Word (.docx) file: this file is "
                        + "neither, whatever its name says."));
        Fixtures.rita().calls().multiPart("other", "x").post("/candidates/" + candidate + "/cvs")
                .then().statusCode(400).body(containsString("Choose the CV file (PDF or Word .docx) to add."));
        assertEquals(0, database.count("select count(*) from candidate_cv where candidate_id = ?", candidate));
        assertEquals(files, database.count("select count(*) from stored_file"));
    }

    @Test
    void onlyRecruitersAndAdminsAddCvs() {
        long candidate = Fixtures.candidate(Fixtures.unique("Hanna Upload"));
        upload(Fixtures.hannah().calls(), candidate, "cv.pdf", CvFiles.pdf("x")).then().statusCode(403);
        upload(Fixtures.ada().calls(), candidate, "cv.pdf", CvFiles.pdf("x")).then().statusCode(303);
    }

    @Test
    void theCvIsReadByStaffHiringManagersAndTheCandidatesOwnInterviewersOnly() {
        long opening = Fixtures.openingTae();
        long candidate = Fixtures.candidate(Fixtures.unique("Ivy Interviewed"));
        long application = Fixtures.application(candidate, opening);
        Fixtures.Person assigned = Fixtures.person(Fixtures.unique("Assigned Ivan"), "INTERVIEWER");
        Fixtures.Person other = Fixtures.person(Fixtures.unique("Other Olga"), "INTERVIEWER");
        given().contentType("application/json").body(Map.of("applicationId", application, "stage", "CULTURE",
                "interviewerId", assigned.id(), "startsAt", "2026-12-01T10:00:00Z")).post("/api/assignments")
                .then().statusCode(201);
        long cv = CvFiles.attach(candidate, "ivy.pdf", CvFiles.pdf("Ivy"));
        String path = "/candidates/" + candidate + "/cvs/" + cv;
        for (Fixtures.Person reader : new Fixtures.Person[] {Fixtures.ada(), Fixtures.rita(), Fixtures.hannah(), assigned}) {
            reader.calls().get(path).then().statusCode(200);
            reader.calls().get(path + "/download").then().statusCode(200);
        }
        other.calls().get(path).then().statusCode(403);
        other.calls().get(path + "/download").then().statusCode(403);
        given().auth().none().redirects().follow(false).get(path).then().statusCode(303);
        // The interviewer may not reach another candidate's CV through their own candidate's address.
        long elsewhere = CvFiles.attach(Fixtures.candidate(Fixtures.unique("Not Ivys")), "x.pdf", CvFiles.pdf("x"));
        assigned.calls().get("/candidates/" + candidate + "/cvs/" + elsewhere).then().statusCode(404)
                .body(not(containsString("%PDF")));
    }

    @Test
    void theCandidatePageRunsAsManyStatementsWithManyCvsAndNotesAsWithOne() {
        long candidate = Fixtures.candidate(Fixtures.unique("Counted Cv"));
        CvFiles.attach(candidate, "one.pdf", CvFiles.pdf("one"));
        Forms.post().formParam("body", "First note").post("/candidates/" + candidate + "/notes").then().statusCode(303);
        long withOne = Statements.during(() -> given().get("/candidates/" + candidate).then().statusCode(200));
        for (int i = 0; i < 25; i++) {
            CvFiles.attach(candidate, "cv" + i + ".docx", CvFiles.docx("cv " + i));
            Forms.post().formParam("body", "Note " + i).post("/candidates/" + candidate + "/notes").then().statusCode(303);
        }
        long withMany = Statements.during(() -> given().get("/candidates/" + candidate).then().statusCode(200));
        assertEquals(withOne, withMany);
    }

    private static Response upload(RequestSpecification as, long candidate, String filename, byte[] bytes) {
        return as.redirects().follow(false).multiPart("cv", filename, bytes, "application/octet-stream")
                .post("/candidates/" + candidate + "/cvs");
    }

    private static String landingAs(Fixtures.Person person, Response redirect) {
        return person.calls().cookie("rd_flash", redirect.getCookie("rd_flash")).get(redirect.getHeader("Location").replaceFirst("#.*", ""))
                .then().statusCode(200).extract().asString();
    }
}
