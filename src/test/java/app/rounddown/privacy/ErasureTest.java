package app.rounddown.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.Forms;
import app.rounddown.support.Instances;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Erasure on request (admin action, confirmed): removes the person's name, contact details, files, CV text, notes,
 * hand-ins and free text about them, while keeping anonymous counts that reports need (stage reached, dates, source,
 * scores as numbers). The audit log records that an erasure happened and who did it, but no longer shows the erased
 * values."
 */
@QuarkusTest
class ErasureTest {
    /** Column types that can hold what a person wrote or uploaded. */
    private static final String TEXT_LIKE = "'text', 'character varying', 'character', 'json', 'jsonb', 'bytea', "
            + "'tsvector', 'ARRAY', 'USER-DEFINED'";
    @Inject
    Database database;

    @Test
    void erasureLeavesNoPersonalDataInAnyTableWhileReportCountsStayTheSame() throws SQLException {
        CandidateWithEverything zora = CandidateWithEverything.make();
        assertFalse(placesHolding(zora).isEmpty(), "the scan finds the candidate's data before the erasure");
        List<String> placesBefore = placesHolding(zora);
        for (String place : List.of("candidate.name", "candidate.email", "candidate_name_word.word", "candidate.phone",
                "candidate_cv.text", "stored_file.content", "candidate_note.body", "scorecard.takeaways", "scorecard.ratings",
                "superday_submission.notes", "application_event.reason", "decision.message", "outbox.body_text",
                "outbox_attachment.content", "audit_entry.summary", "audit_entry.changes", "superday.prepare_notes")) {
            assertTrue(placesBefore.contains(place), "the candidate's data is in " + place + " before: " + placesBefore);
        }
        String countsBefore = reportCounts(zora.id());

        Forms.post().post("/candidates/" + zora.id() + "/erasures").then().statusCode(303);

        assertEquals(List.of(), placesHolding(zora), "columns still holding the candidate's data");
        assertEquals(countsBefore, reportCounts(zora.id()), "what reports count stays the same");
        assertEquals("Erased candidate " + zora.id(), database.text("select name from candidate where id = ?", zora.id()));
        assertEquals(0, database.count("select count(*) from stored_file where id in (?, ?)", zora.cvFileId(),
                zora.handInFileId()));
    }

    @Test
    void theAuditLogKeepsThatTheErasureHappenedAndWhoDidItButShowsErasedForTheValues() {
        CandidateWithEverything zora = CandidateWithEverything.make();
        long entries = database.count("select count(*) from audit_entry where candidate_id = ?", zora.id());

        Forms.post().post("/candidates/" + zora.id() + "/erasures").then().statusCode(303);

        assertEquals(entries + 1, database.count("select count(*) from audit_entry where candidate_id = ?", zora.id()));
        assertEquals(1, database.count("select count(*) from audit_entry a join app_user u on u.id = a.actor_id "
                + "where a.candidate_id = ? and a.action = 'erased' and a.actor_name = u.name "
                + "and u.email = 'admin@rounddown.test'", zora.id()), "the erasure is recorded as the admin's");
        assertEquals("erased", database.text("select c.value ->> 'after' from audit_entry a, jsonb_each(a.changes) c "
                + "where a.candidate_id = ? and a.entity_type = 'candidate' and a.action = 'created' and c.key = 'name'",
                zora.id()));
        assertEquals("REQUEST", database.text("select cause from candidate_erasure where candidate_id = ?", zora.id()));
        String page = given().get("/candidates/" + zora.id()).then().statusCode(200).extract().asString();
        assertTrue(page.contains("This candidate's personal data was erased."), page);
        assertTrue(page.contains("Erased candidate " + zora.id()));
    }

    @Test
    void erasingTwiceIsHarmless() {
        long id = Fixtures.candidate(Fixtures.unique("Twice Erased"));
        Forms.post().post("/candidates/" + id + "/erasures").then().statusCode(303);
        Forms.post().post("/candidates/" + id + "/erasures").then().statusCode(303);
        assertEquals("Erased candidate " + id, database.text("select name from candidate where id = ?", id));
        assertEquals(2, database.count("select count(*) from candidate_erasure where candidate_id = ?", id));
    }

    @Test
    void anEditMadeFromWhatWasReadBeforeTheErasureIsRefusedAndBringsNothingBack() {
        String name = Fixtures.unique("Raced Person");
        long id = Fixtures.candidate(name);
        int version = given().get("/api/candidates/" + id).then().statusCode(200).extract().path("version");

        Forms.post().post("/candidates/" + id + "/erasures").then().statusCode(303);

        given().contentType(ContentType.JSON).body(Map.of("name", name, "email", Fixtures.email(), "timeZone",
                "Europe/London", "source", "INBOUND", "version", version)).put("/api/candidates/" + id)
                .then().statusCode(409);
        assertEquals("Erased candidate " + id, database.text("select name from candidate where id = ?", id));
    }

    @Test
    void twoErasuresAtOnceBothFinishAndEraseOnce() throws Exception {
        long id = Fixtures.candidate(Fixtures.unique("Doubly Requested"));
        Instances.runAtOnce(2, () -> Forms.post().post("/candidates/" + id + "/erasures").then().statusCode(303));
        assertEquals("Erased candidate " + id, database.text("select name from candidate where id = ?", id));
        assertEquals(2, database.count("select count(*) from candidate_erasure where candidate_id = ?", id));
    }

    @Test
    void theConfirmationSaysWhatGoesAndWhatStaysAndChangesNothing() {
        long id = Fixtures.candidate(Fixtures.unique("Asked Person"));
        String page = given().get("/candidates/" + id + "/erasures").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Goes: their name"), page);
        assertTrue(page.contains("Stays, anonymous, for reports"), page);
        assertTrue(page.contains("action=\"/candidates/" + id + "/erasures\""), page);
        assertEquals(0, database.count("select count(*) from candidate_erasure where candidate_id = ?", id));
    }

    @Test
    void onlyAdminsMayEraseAndOthersAreRefusedWithNothingWritten() {
        long id = Fixtures.candidate(Fixtures.unique("Guarded Person"));
        for (Fixtures.Person other : List.of(Fixtures.rita(), Fixtures.hannah(), Fixtures.simon())) {
            Forms.postAs(other).post("/candidates/" + id + "/erasures").then().statusCode(403);
            other.calls().get("/candidates/" + id + "/erasures").then().statusCode(403);
        }
        assertEquals(0, database.count("select count(*) from candidate_erasure where candidate_id = ?", id));
        assertFalse(database.text("select name from candidate where id = ?", id).startsWith("Erased"));
    }

    @Test
    void erasingSomeoneWhoDoesNotExistIsNotFound() {
        Forms.post().post("/candidates/999999999/erasures").then().statusCode(404);
    }

    /** Every text-like column of every table (whole tables: this is a test) that holds one of the markers. */
    private List<String> placesHolding(CandidateWithEverything candidate) {
        List<String> places = new ArrayList<>();
        List<String[]> columns = new ArrayList<>();
        String list = database.text("select string_agg(table_name || '.' || column_name || '.' || data_type, ',') "
                + "from information_schema.columns c where table_schema = current_schema() and data_type in (" + TEXT_LIKE
                + ") and exists (select 1 from information_schema.tables t where t.table_schema = c.table_schema "
                + "and t.table_name = c.table_name and t.table_type = 'BASE TABLE')");
        for (String column : list.split(",")) {
            columns.add(column.split("\\.", 3));
        }
        for (String[] column : columns) {
            for (String marker : candidate.markers()) {
                String holds = column[2].equals("bytea")
                        ? "position(convert_to(?, 'UTF8') in \"" + column[1] + "\") > 0"
                        : "strpos(lower(\"" + column[1] + "\"::text), lower(?)) > 0";
                if (database.count("select count(*) from \"" + column[0] + "\" where " + holds, marker) > 0) {
                    places.add(column[0] + "." + column[1]);
                    break;
                }
            }
        }
        return places;
    }

    /** What reports count about the candidate, as one text: applications, their history, scores, SuperDays, offers. */
    private String reportCounts(long candidateId) {
        return String.join("\n",
                database.text("select string_agg(a.id || ' ' || a.stage || ' ' || a.status || ' ' || c.source || ' '"
                        + " || a.created_at || ' ' || a.stage_entered_at, '; ' order by a.id) from application a"
                        + " join candidate c on c.id = a.candidate_id where c.id = ?", candidateId),
                database.text("select string_agg(e.kind || ' ' || e.to_stage || ' ' || e.to_status || ' ' || e.occurred_at"
                        + " || ' ' || coalesce(e.reason_category, '-'), '; ' order by e.id) from application_event e"
                        + " join application a on a.id = e.application_id where a.candidate_id = ?", candidateId),
                database.text("select string_agg(s.stage || ' ' || coalesce(s.overall::text, '-') || ' ' || coalesce("
                        + "(select string_agg(r.key || '=' || (r.value ->> 'score'), ',' order by r.key) from jsonb_each("
                        + "s.ratings) r), '') || ' ' || coalesce(s.submitted_at::text, '-'), '; ' order by s.id) from scorecard s"
                        + " join application a on a.id = s.application_id where a.candidate_id = ?", candidateId),
                database.text("select string_agg(d.status || ' ' || d.fee || ' ' || d.starts_at, '; ' order by d.id)"
                        + " from superday d join application a on a.id = d.application_id where a.candidate_id = ?",
                        candidateId),
                database.text("select string_agg(o.ote || ' ' || o.base_percent || ' ' || o.status, '; ' order by o.id)"
                        + " from offer o join application a on a.id = o.application_id where a.candidate_id = ?",
                        candidateId),
                database.text("select string_agg(d.outcome || ' ' || d.decided_at, '; ') from decision d"
                        + " join application a on a.id = d.application_id where a.candidate_id = ?", candidateId),
                String.valueOf(database.count("select count(*) from superday_submission s join superday d on"
                        + " d.id = s.superday_id join application a on a.id = d.application_id where a.candidate_id = ?",
                        candidateId)));
    }
}
