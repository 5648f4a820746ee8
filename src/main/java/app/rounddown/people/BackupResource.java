package app.rounddown.people;

import app.rounddown.audit.Audit;
import app.rounddown.server.BaseBackup;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** An admin downloads a complete copy of the built-in database while the app keeps working (README: Backups). */
@Path("/backups")
public class BackupResource {
    @Inject
    AgroalDataSource database;
    @Inject
    Audit audit;

    @POST
    public Response download() {
        java.nio.file.Path files = BaseBackup.builtInDataDirectory().orElseThrow(() -> new NotFoundException(
                "There is no built-in database to copy: this Rounddown uses a PostgreSQL server of your own, "
                        + "so back that server up as usual (pg_dump -n rounddown)."));
        QuarkusTransaction.requiringNew().run(() -> audit.record("backup", 0, "downloaded",
                "Downloaded a backup of the whole database", Map.of(), null));
        StreamingOutput copy = out -> {
            try {
                BaseBackup.write(database, files, out);
            } catch (SQLException e) {
                throw new IOException("The database could not be copied: " + e.getMessage(), e);
            }
        };
        String name = "rounddown-backup-" + Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "") + ".tar.gz";
        return Response.ok(copy, "application/gzip")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
