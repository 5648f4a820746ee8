package app.rounddown.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** "Export on request: everything held about one candidate as a ZIP (JSON plus their files), from the candidate page, for admins; the export is audited." */
@QuarkusTest
class ExportTest {
    @Inject
    Database database;
    @Inject
    ObjectMapper json;

    @Test
    void theZipHoldsEverythingAboutTheCandidateAsJsonPlusTheirFilesAndTheExportIsAudited() throws IOException {
        CandidateWithEverything zora = CandidateWithEverything.make();
        long audited = database.count("select count(*) from audit_entry where candidate_id = ? and action = 'exported'",
                zora.id());

        Response response = given().get("/candidates/" + zora.id() + "/export.zip").then().statusCode(200)
                .contentType("application/zip").extract().response();
        assertTrue(response.header("Content-Disposition").contains("candidate-" + zora.id() + ".zip"));
        Map<String, byte[]> entries = unzip(response.asByteArray());

        JsonNode exported = json.readTree(entries.get("candidate.json"));
        assertEquals(zora.name(), exported.at("/candidate/name").asText());
        assertEquals("+44 " + zora.digits(), exported.at("/candidate/phone").asText());
        assertEquals(2, exported.get("applications").size());
        assertEquals("test-1", exported.at("/consents/0/text_version").asText());
        assertTrue(exported.at("/notes/0/body").asText().contains(zora.token()));
        assertTrue(exported.at("/cvs/0/text").asText().contains("Skills: " + zora.token()));
        assertTrue(exported.toString().contains(zora.token() + " takeaway"), "scorecards are in");
        assertTrue(exported.toString().contains("demo note " + zora.token()), "criterion notes are in");
        assertTrue(exported.toString().contains(zora.token() + " lacks experience"), "the rejection's reason is in");
        assertTrue(exported.get("messagesSent").toString().contains("\"Hello " + zora.name() + "\""), "mail to them is in");
        assertEquals("My notes, " + zora.name(), exported.at("/superDaySubmissions/0/notes").asText());
        assertTrue(exported.at("/superDays/0/portal_token_hash").isMissingNode(), "the link's secret stays out");
        assertEquals(3, exported.get("files").size(), "the CV, the hand-in and the kept file");
        assertArrayEquals(zora.cvBytes(), entries.get(path(exported, "cv")));
        assertArrayEquals(zora.handInBytes(), entries.get(path(exported, "hand-in")));

        assertEquals(audited + 1, database.count("select count(*) from audit_entry where candidate_id = ? and "
                + "action = 'exported' and actor_name <> ''", zora.id()), "the export is audited");
    }

    @Test
    void onlyAdminsMayExportAndOthersAreRefusedWithNothingAudited() {
        long id = Fixtures.candidate(Fixtures.unique("Exported Person"));
        for (Fixtures.Person other : List.of(Fixtures.rita(), Fixtures.hannah(), Fixtures.simon())) {
            other.calls().get("/candidates/" + id + "/export.zip").then().statusCode(403);
        }
        assertEquals(0, database.count("select count(*) from audit_entry where candidate_id = ? and action = 'exported'",
                id));
    }

    @Test
    void exportingSomeoneWhoDoesNotExistIsNotFound() {
        given().get("/candidates/999999999/export.zip").then().statusCode(404);
    }

    @Test
    void theCandidatePageOffersAdminsTheExportAndTheErasure() {
        long id = Fixtures.candidate(Fixtures.unique("Offered Person"));
        String page = given().get("/candidates/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("href=\"/candidates/" + id + "/export.zip\""), page);
        assertTrue(page.contains("href=\"/candidates/" + id + "/erasures\""), page);
        String recruiters = Fixtures.rita().calls().get("/candidates/" + id).then().statusCode(200).extract().asString();
        assertTrue(!recruiters.contains("/export.zip") && !recruiters.contains("/erasures"), "recruiters see neither");
    }

    private static String path(JsonNode exported, String kind) {
        for (JsonNode file : exported.get("files")) {
            if (file.get("kind").asText().equals(kind)) {
                return file.get("path").asText();
            }
        }
        throw new AssertionError("no " + kind + " file in " + exported.get("files"));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
