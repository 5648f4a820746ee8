package app.rounddown.privacy;

import app.rounddown.audit.Audit;
import app.rounddown.candidate.Candidate;
import app.rounddown.candidate.Candidates;
import app.rounddown.web.Clock;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

/** Export on request: everything held about one candidate as a ZIP, for an admin; each export is audited. */
@ApplicationScoped
public class CandidateExports {
    @Inject
    Audit audit;
    @Inject
    AgroalDataSource database;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /**
     * Records the export (the one kind of GET that writes: that someone was given this candidate's data), then
     * returns the ZIP to write as the response streams.
     */
    @Transactional
    public StreamingOutput export(long candidateId) {
        Candidate candidate = Candidates.find(candidateId);
        audit.record("candidate", candidate.id, "exported", candidate.name + "'s data exported (ZIP)", Map.of(),
                candidate.id);
        Instant now = clock.now();
        return out -> {
            try (Connection connection = database.getConnection()) {
                connection.setReadOnly(true);
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try {
                    new CandidateExport(connection, candidateId).writeTo(out, json, now);
                } finally {
                    connection.rollback();
                }
            } catch (SQLException e) {
                throw new IOException("the export could not be read", e);
            }
        };
    }
}
