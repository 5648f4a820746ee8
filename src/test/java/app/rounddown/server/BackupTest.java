package app.rounddown.server;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rounddown.support.Database;
import app.rounddown.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class BackupTest {
    @Inject
    Database database;
    @TempDir
    Path restoreInto;

    @Test
    void aDownloadedBackupStartsAsADatabaseHoldingWhatWasThere() throws Exception {
        assumeTrue(BaseBackup.builtInDataDirectory().isPresent(), "the tests run on a server of their own (ROUNDDOWN_TEST_DB_URL)");
        String title = Fixtures.unique("Backed-up opening");
        Fixtures.opening(title, "TECHNICAL_ACCOUNT_EXECUTIVE");

        Response download = given().redirects().follow(false).post("/backups");
        assertEquals(200, download.statusCode(), download.asString());
        assertEquals("application/gzip", download.contentType());
        assertTrue(download.header("Content-Disposition").matches("attachment; filename=\"rounddown-backup-.*\\.tar\\.gz\""));
        unpack(download.asByteArray(), restoreInto);
        assertTrue(Files.exists(restoreInto.resolve("backup_label")), "PostgreSQL recovers from the label");

        try (EmbeddedPostgres restored = EmbeddedPostgres.builder().setDataDirectory(restoreInto)
                .setCleanDataDirectory(false).start();
             Connection connection = restored.getPostgresDatabase().getConnection();
             PreparedStatement query = connection.prepareStatement("select count(*) from rounddown_test.opening where title = ?")) {
            query.setString(1, title);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                assertEquals(1, result.getInt(1), "the opening made before the backup is in the restored copy");
            }
        }
        assertEquals(1, database.count("select count(*) from audit_entry where entity_type = 'backup' "
                + "and action = 'downloaded' and occurred_at > now() - interval '1 minute'"));
    }

    @Test
    void onlyAdminsMayDownloadOne() {
        Fixtures.rita().calls().redirects().follow(false).post("/backups").then().statusCode(403);
    }

    private static void unpack(byte[] archive, Path into) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("entry outside the directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy((InputStream) tar, target);
                }
            }
        }
        Files.setPosixFilePermissions(into, PosixFilePermissions.fromString("rwx------"));
    }
}
