package app.rounddown.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import javax.sql.DataSource;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * A complete copy of the built-in database's files, taken while the app keeps working: PostgreSQL's own online
 * backup (pg_backup_start / pg_backup_stop, the way pg_basebackup does it), the files as a .tar.gz, then the
 * write-ahead log written meanwhile and the backup label. Unpacked into an empty data directory it starts as the
 * database was when the copy ended.
 */
public final class BaseBackup {
    /** Files PostgreSQL makes afresh at start-up, or that belong to the running server only. */
    private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "backup_label", "tablespace_map", "backup_label.old");
    /** Directories whose contents are not part of a backup (PostgreSQL's documentation, "Making a Base Backup"). */
    private static final Set<String> EMPTIED_DIRECTORIES = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp",
            "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans");

    private BaseBackup() {
    }

    /** Where the built-in database keeps its files, when this app runs one. */
    public static Optional<Path> builtInDataDirectory() {
        return EmbeddedDatabase.dataDirectory();
    }

    public static void write(DataSource database, Path dataDirectory, OutputStream out) throws IOException, SQLException {
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement();
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out, fastest()))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            connection.setAutoCommit(true);
            // A temporary slot keeps every log file from the backup's start until this session ends: without it a
            // checkpoint during a long copy could recycle the very files the restore needs.
            statement.execute("select pg_create_physical_replication_slot('rounddown_backup_' || pg_backend_pid(), true, true)");
            statement.execute("select pg_backup_start('rounddown backup download', true)");
            String label;
            try {
                addFiles(tar, dataDirectory, false);
            } finally {
                try (ResultSet stop = statement.executeQuery("select labelfile from pg_backup_stop(false)")) {
                    stop.next();
                    label = stop.getString(1);
                }
            }
            addFiles(tar, dataDirectory.resolve("pg_wal"), true);
            byte[] labelBytes = label.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry("backup_label");
            entry.setSize(labelBytes.length);
            tar.putArchiveEntry(entry);
            tar.write(labelBytes);
            tar.closeArchiveEntry();
            tar.finish();
        }
    }

    /** Database files compress well even at the fastest level, and a backup should not keep the server busy. */
    private static GzipParameters fastest() {
        GzipParameters parameters = new GzipParameters();
        parameters.setCompressionLevel(Deflater.BEST_SPEED);
        return parameters;
    }

    private static void addFiles(TarArchiveOutputStream tar, Path root, boolean walOnly) throws IOException {
        Path base = walOnly ? root.getParent() : root;
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(path -> !path.equals(root) || walOnly).toList();
        }
        for (Path path : paths) {
            Path relative = base.relativize(path);
            if (!walOnly && skipped(relative)) {
                continue;
            }
            String name = relative.toString().replace('\\', '/');
            try {
                if (Files.isDirectory(path)) {
                    if (!walOnly || !path.equals(root)) {
                        tar.putArchiveEntry(new TarArchiveEntry(name + "/"));
                        tar.closeArchiveEntry();
                    }
                } else if (Files.isRegularFile(path)) {
                    addFile(tar, path, name);
                }
            } catch (NoSuchFileException goneMeanwhile) {
                // A table dropped or a log segment recycled during the copy: the log replays that.
            }
        }
    }

    private static boolean skipped(Path relative) {
        if (relative.getNameCount() == 1) {
            return SKIPPED_FILES.contains(relative.toString());
        }
        return EMPTIED_DIRECTORIES.contains(relative.getName(0).toString());
    }

    /** A file may grow or shrink while it is copied; the entry holds exactly the size seen when it began. */
    private static void addFile(TarArchiveOutputStream tar, Path path, String name) throws IOException {
        // Opened before the entry is written, so a file that vanished meanwhile leaves no half-written entry.
        try (InputStream in = Files.newInputStream(path)) {
            long size = Files.size(path);
            TarArchiveEntry entry = new TarArchiveEntry(path.toFile(), name);
            entry.setSize(size);
            tar.putArchiveEntry(entry);
            byte[] buffer = new byte[64 * 1024];
            long left = size;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                tar.write(buffer, 0, read);
                left -= read;
            }
            byte[] zeros = new byte[buffer.length];
            while (left > 0) {
                int pad = (int) Math.min(zeros.length, left);
                tar.write(zeros, 0, pad);
                left -= pad;
            }
            tar.closeArchiveEntry();
        }
    }
}
