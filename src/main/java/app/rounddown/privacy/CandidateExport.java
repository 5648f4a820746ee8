package app.rounddown.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.util.PGobject;

/**
 * Everything held about one candidate, as a ZIP: {@code candidate.json} (one section per kind of record, each row as
 * the database holds it) and their files under {@code files/}. It is written as it is read, one file at a time, in
 * one read-only snapshot; each section is bounded.
 */
final class CandidateExport {
    static final int SECTION_LIMIT = 2000;
    /** Secrets of the app, not data about the candidate: the SuperDay link's hash and nonce. */
    private static final Set<String> LEFT_OUT = Set.of("portal_nonce", "portal_token_hash", "content", "version",
            "row_version");
    private static final String APPLICATIONS = "(select id from application where candidate_id = ?)";
    private static final String SUPERDAYS = "(select id from superday where application_id in " + APPLICATIONS + ")";
    /** Each section: its name in the JSON and the query for it, with the candidate's id as every parameter. */
    private static final Map<String, String> SECTIONS = sections(
            "candidate", "select * from candidate where id = ?",
            "consents", "select * from candidate_consent where candidate_id = ? order by agreed_at, id",
            "applications", "select a.*, o.title as opening_title from application a join opening o on o.id = a.opening_id"
                    + " where a.candidate_id = ? order by a.created_at, a.id",
            "applicationEvents", "select * from application_event where application_id in " + APPLICATIONS
                    + " order by occurred_at, id",
            "interviews", "select i.*, u.name as interviewer_name from interview_assignment i join app_user u"
                    + " on u.id = i.interviewer_id where i.application_id in " + APPLICATIONS + " order by i.starts_at, i.id",
            "scorecards", "select s.*, u.name as interviewer_name from scorecard s join app_user u on u.id = s.interviewer_id"
                    + " where s.application_id in " + APPLICATIONS + " order by s.updated_at, s.id",
            "superDays", "select * from superday where application_id in " + APPLICATIONS + " order by starts_at, id",
            "superDayBlocks", "select * from superday_block where superday_id in " + SUPERDAYS + " order by starts_at, id",
            "superDaySubmissions", "select * from superday_submission where superday_id in " + SUPERDAYS
                    + " order by submitted_at, id",
            "decisions", "select * from decision where application_id in " + APPLICATIONS + " order by decided_at, id",
            "offers", "select * from offer where application_id in " + APPLICATIONS + " order by created_at, id",
            "cultureRejectionMessages", "select * from culture_rejection_message where application_id in " + APPLICATIONS,
            "notes", "select n.id, n.created_at, u.name as author, n.body from candidate_note n join app_user u"
                    + " on u.id = n.author_id where n.candidate_id = ? order by n.created_at, n.id",
            "cvs", "select id, file_id, uploaded_by, uploaded_at, text_status, text from candidate_cv where candidate_id = ?"
                    + " order by uploaded_at, id",
            "messagesSent", "select id, kind, to_address, to_name, subject, body_text, status, created_at, sent_at"
                    + " from outbox where to_candidate and candidate_id = ? order by created_at, id",
            "erasures", "select * from candidate_erasure where candidate_id = ? order by erased_at, id");
    /** The candidate's files: CVs, SuperDay hand-ins and files kept from the SuperDay. */
    private static final String FILES = """
            select f.id, 'cv' as kind, f.filename, f.content_type, f.size_bytes from candidate_cv c
              join stored_file f on f.id = c.file_id where c.candidate_id = ?
            union all
            select f.id, 'hand-in', f.filename, f.content_type, f.size_bytes from superday_submission_file x
              join superday_submission s on s.id = x.submission_id join stored_file f on f.id = x.file_id
             where s.superday_id in %1$s
            union all
            select f.id, 'superday-kept', f.filename, f.content_type, f.size_bytes from superday_kept_file k
              join stored_file f on f.id = k.file_id where k.superday_id in %1$s
            order by 1 limit %2$d""".formatted(SUPERDAYS, SECTION_LIMIT);

    private final Connection connection;
    private final long candidateId;

    CandidateExport(Connection connection, long candidateId) {
        this.connection = connection;
        this.candidateId = candidateId;
    }

    /** One of the candidate's files, as it is named in the ZIP. */
    record ExportedFile(long id, String kind, String filename, String contentType, long sizeBytes) {
        String path() {
            return "files/" + kind + "-" + id + "-" + filename.replaceAll("[^A-Za-z0-9._-]", "_");
        }
    }

    void writeTo(OutputStream out, ObjectMapper json, Instant now) throws IOException, SQLException {
        ZipOutputStream zip = new ZipOutputStream(out);
        List<ExportedFile> files = files();
        zip.putNextEntry(new ZipEntry("candidate.json"));
        try (JsonGenerator generator = json.getFactory().createGenerator(zip)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter()) {
            generator.writeStartObject();
            generator.writeStringField("exportedAt", now.toString());
            for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
                generator.writeFieldName(section.getKey());
                writeRows(generator, section.getValue(), section.getKey().equals("candidate"));
            }
            generator.writeArrayFieldStart("files");
            for (ExportedFile file : files) {
                generator.writeStartObject();
                generator.writeStringField("path", file.path());
                generator.writeStringField("kind", file.kind());
                generator.writeStringField("filename", file.filename());
                generator.writeStringField("contentType", file.contentType());
                generator.writeNumberField("sizeBytes", file.sizeBytes());
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
        zip.closeEntry();
        for (ExportedFile file : files) {
            zip.putNextEntry(new ZipEntry(file.path()));
            copyContent(file.id(), zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    private List<ExportedFile> files() throws SQLException {
        try (PreparedStatement statement = prepare(FILES); ResultSet result = statement.executeQuery()) {
            List<ExportedFile> files = new ArrayList<>();
            while (result.next()) {
                files.add(new ExportedFile(result.getLong(1), result.getString(2), result.getString(3),
                        result.getString(4), result.getLong(5)));
            }
            return files;
        }
    }

    private void copyContent(long fileId, OutputStream out) throws SQLException, IOException {
        try (PreparedStatement statement = connection.prepareStatement("select content from stored_file where id = ?")) {
            statement.setLong(1, fileId);
            try (ResultSet result = statement.executeQuery()) {
                if (result.next()) {
                    try (InputStream content = result.getBinaryStream(1)) {
                        content.transferTo(out);
                    }
                }
            }
        }
    }

    private void writeRows(JsonGenerator generator, String sql, boolean single) throws SQLException, IOException {
        try (PreparedStatement statement = prepare(sql + " limit " + SECTION_LIMIT);
             ResultSet result = statement.executeQuery()) {
            ResultSetMetaData columns = result.getMetaData();
            if (!single) {
                generator.writeStartArray();
            } else if (!result.isBeforeFirst()) {
                generator.writeNull();
            }
            while (result.next()) {
                generator.writeStartObject();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    String name = columns.getColumnLabel(column);
                    if (!LEFT_OUT.contains(name)) {
                        generator.writeFieldName(name);
                        writeValue(generator, result.getObject(column));
                    }
                }
                generator.writeEndObject();
            }
            if (!single) {
                generator.writeEndArray();
            }
        }
    }

    private static void writeValue(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Timestamp timestamp) {
            generator.writeString(timestamp.toInstant().toString());
        } else if (value instanceof PGobject object && object.getType().startsWith("json")) {
            generator.writeRawValue(object.getValue());
        } else if (value instanceof Number || value instanceof Boolean) {
            generator.writeObject(value);
        } else {
            generator.writeString(value.toString());
        }
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int parameters = statement.getParameterMetaData().getParameterCount();
        for (int i = 1; i <= parameters; i++) {
            statement.setLong(i, candidateId);
        }
        return statement;
    }

    private static Map<String, String> sections(String... namesAndQueries) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (int i = 0; i < namesAndQueries.length; i += 2) {
            sections.put(namesAndQueries[i], namesAndQueries[i + 1]);
        }
        return sections;
    }
}
