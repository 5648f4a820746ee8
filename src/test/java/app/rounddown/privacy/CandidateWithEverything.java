package app.rounddown.privacy;

import static io.restassured.RestAssured.given;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import app.rounddown.support.SuperDayFixtures;
import app.rounddown.support.TestData;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A candidate with something in every place personal data lives: a profile, applications through several stages,
 * a rejection with its reason and message, scorecards with takeaways and criterion notes, a SuperDay with notes, a
 * hand-in and kept files, a CV with its text, notes with mentions, an offer, mail to them with an attachment, a
 * consent and the audit entries all of that made. Every value that is theirs carries {@link #token} (or, in the
 * phone number, {@link #digits}), so a scan of the whole database finds anything an erasure left.
 */
record CandidateWithEverything(long id, String token, String digits, String name, long superDayApplication,
                               long rejectedApplication, long cvFileId, long handInFileId, byte[] cvBytes,
                               byte[] handInBytes) {

    static Database database() {
        return Arc.container().instance(Database.class).get();
    }

    static CandidateWithEverything make() {
        String token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String digits = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
        String name = "Zora Quill " + token;
        Map<String, Object> profile = new HashMap<>(Map.of("name", name, "email", "zora." + token + "@example.com",
                "phone", "+44 " + digits, "location", "Lisbon " + token, "timeZone", "Europe/Lisbon",
                "source", "REFERRAL", "linkedinUrl", "https://www.linkedin.com/in/" + token,
                "cvUrl", "https://cv.example.com/" + token, "notes", "Met at the meetup; " + token + " is great"));
        long id = ((Number) given().contentType(ContentType.JSON).body(profile).post("/api/candidates").then()
                .statusCode(201).extract().path("id")).longValue();
        Database db = database();

        long superDayApplication = Fixtures.application(id, Fixtures.openingTae());
        TestData.get().throughEveryInterviewToTheSuperDay(superDayApplication);
        Map<String, Object> day = SuperDayFixtures.usualDay(superDayApplication, "Europe/Lisbon",
                LocalDate.now().plusDays(20).atTime(9, 0), Fixtures.hannah().id(), null);
        day.put("prepareNotes", "Ask " + name + " about their knee surgery");
        long superDay = SuperDayFixtures.schedule(day);
        Fixtures.Person reviewer = Fixtures.person("Privacy Reviewer", "INTERVIEWER");
        given().contentType(ContentType.JSON).body(Map.of("applicationId", superDayApplication, "stage", "SUPERDAY",
                "interviewerId", reviewer.id(), "startsAt", "2026-01-05T10:00:00Z")).post("/api/assignments")
                .then().statusCode(201);
        reviewer.calls().contentType(ContentType.JSON).body(Map.of("overall", 3,
                        "takeaways", name + " was strong; " + token + " takeaway",
                        "mildConcerns", "Worried about " + token, "askNext", "Ask " + token + " about references",
                        "ratings", Map.of("output", Map.of("score", 3, "note", "output note " + token),
                                "demo", Map.of("score", 4, "note", "demo note " + token))))
                .post("/api/scorecards/" + superDayApplication + "/SUPERDAY/submission").then().statusCode(201);
        db.update("update interview_assignment set excused_reason = ?, excused_by = 'Rita', excused_at = now() "
                + "where application_id = ? and stage = 'CULTURE'", "Excused: " + token + " knows them", superDayApplication);

        long rejectedApplication = Fixtures.application(id, Fixtures.openingTae());
        given().contentType(ContentType.JSON).body(Map.of("seenStage", "APPLIED", "category", "EXPERIENCE",
                        "reason", "Rejected " + name + ": " + token + " lacks experience"))
                .post("/api/applications/" + rejectedApplication + "/rejections").then().statusCode(201);
        db.update("insert into culture_rejection_message (application_id, subject, text, html, status, drafted_at) "
                + "values (?, ?, ?, ?, 'DRAFT', now()) on conflict (application_id) do update set subject = excluded.subject, "
                + "text = excluded.text, html = excluded.html", rejectedApplication, "Dear " + name,
                "Dear " + name + ", sorry " + token, "<p>Dear " + name + "</p>");
        db.update("insert into decision (application_id, outcome, discussion_note, message, reapply_after, decided_by, "
                + "decided_at, message_subject, message_html) values (?, 'REJECT', ?, ?, current_date + 180, 'Hannah', now(), ?, ?)",
                superDayApplication, "Discussed " + token, "Dear " + name + ", not this time", "About " + token,
                "<p>Dear " + name + "</p>");
        db.update("insert into offer (application_id, role_type, ote, currency, base_percent, base_percent_reason, "
                + "annual_quota, start_date, created_by, approvals_reset_terms) values (?, 'TECHNICAL_ACCOUNT_EXECUTIVE', "
                + "150000, 'USD', 60, ?, 600000, current_date + 40, 'Rita', ?)", rejectedApplication,
                "Because " + token + " asked", "Terms for " + token);

        byte[] cvBytes = ("%PDF-1.4 CV of " + name + " " + token).getBytes(StandardCharsets.UTF_8);
        long cvFile = file("cv-" + token + ".pdf", "application/pdf", cvBytes);
        db.update("insert into candidate_cv (candidate_id, file_id, uploaded_by, text_status, text, text_read_at) "
                + "values (?, ?, 'Rita Recruiter', 'READ', ?, now())", id, cvFile, "Curriculum vitae of " + name
                + ". Phone " + digits + ". Skills: " + token);
        byte[] handInBytes = ("Hand-in by " + token).getBytes(StandardCharsets.UTF_8);
        long handInFile = file("plan-" + token + ".txt", "text/plain", handInBytes);
        long submission = db.count("insert into superday_submission (superday_id, version, late, links, notes) "
                + "values (?, 1, false, ?, ?) returning id", superDay, "https://docs.example.com/" + token,
                "My notes, " + name);
        db.update("insert into superday_submission_file (submission_id, file_id) values (?, ?)", submission, handInFile);
        db.update("insert into superday_kept_file (superday_id, file_id) values (?, ?)", superDay,
                file("kept-" + token + ".txt", "text/plain", ("Kept " + token).getBytes(StandardCharsets.UTF_8)));

        long note = db.count("insert into candidate_note (candidate_id, author_id, body) values (?, ?, ?) returning id",
                id, Fixtures.rita().id(), "@Hannah " + name + " told me about " + token);
        db.update("insert into candidate_note_mention (note_id, user_id) values (?, ?)", note, Fixtures.hannah().id());
        db.update("insert into candidate_consent (candidate_id, application_id, text_version, text) values (?, ?, "
                + "'test-1', 'We keep your application for 24 months.')", id, superDayApplication);

        long message = db.count("insert into outbox (kind, message_id, to_address, to_name, subject, body_text, body_html, "
                + "to_candidate, candidate_id, application_id, next_attempt_at, created_at) values ('test', ?, ?, ?, ?, ?, ?, "
                + "true, ?, ?, now() + interval '1 day', now()) returning id", "<" + UUID.randomUUID() + "@test>",
                "zora." + token + "@example.com", name, "Hello " + name, "Dear " + name + ", " + token,
                "<p>Dear " + name + "</p>", id, superDayApplication);
        db.update("insert into outbox_attachment (outbox_id, position, file_name, content_type, content) values "
                + "(?, 0, ?, 'text/plain', ?)", message, "for-" + token + ".txt",
                ("Attachment for " + token).getBytes(StandardCharsets.UTF_8));
        db.update("insert into outbox (kind, message_id, to_address, subject, body_text, to_candidate, candidate_id, status, "
                + "attempts, last_error, next_attempt_at, created_at) values ('test', ?, ?, 'Hello', 'Hello', true, ?, "
                + "'FAILED', 5, ?, now(), now())", "<" + UUID.randomUUID() + "@test>", "zora." + token + "@example.com",
                id, "550 <zora." + token + "@example.com>: no such user");
        return new CandidateWithEverything(id, token, digits, name, superDayApplication, rejectedApplication, cvFile,
                handInFile, cvBytes, handInBytes);
    }

    static long file(String filename, String contentType, byte[] content) {
        return database().count("insert into stored_file (filename, content_type, size_bytes, sha256, content) "
                + "values (?, ?, ?, 'test', ?) returning id", filename, contentType, content.length, content);
    }

    List<String> markers() {
        return List.of(token, digits);
    }
}
