package app.rounddown.server;

import io.quarkus.runtime.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL 17 that ships inside the app (as Maven artifacts), for machines where nobody installed one.
 * It runs for the life of the JVM: the URL is kept in a system property, so a dev-mode restart (a new class
 * loader) finds the running server instead of starting a second one on the same files.
 */
final class EmbeddedDatabase {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    static final String RUNNING_URL = "rounddown.embedded-database.url";
    private static final String KEPT_IN = "rounddown.embedded-database.data";
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    /**
     * PostgreSQL's default (4) prices a random read as if from a spinning disk; the embedded server's files are on the
     * machine's own SSD and mostly in memory. With the default the comparison read all 28,000 SuperDays to find an
     * opening's 130 (9 ms at 100,000 candidates, 1.8 ms with this); no page measured slower.
     */
    static final String RANDOM_PAGE_COST = "1.1";

    private EmbeddedDatabase() {
    }

    /** The JDBC URL of the server for this JVM, starting it the first time. */
    static synchronized String url(Optional<Path> keptIn) {
        String running = System.getProperty(RUNNING_URL);
        if (running != null) {
            return running;
        }
        String url = keptIn.map(EmbeddedDatabase::startKeptIn).orElseGet(EmbeddedDatabase::startThrowAway);
        System.setProperty(RUNNING_URL, url);
        return url;
    }

    /** The files of the server this JVM runs, if it runs one. */
    static Optional<Path> dataDirectory() {
        return Optional.ofNullable(System.getProperty(KEPT_IN)).map(Path::of);
    }

    /** A server whose data stays in the directory, so what was typed today is there tomorrow. */
    private static String startKeptIn(Path directory) {
        Path pgData = directory.resolve("postgresql");
        FileLock lock = lock(directory);
        try {
            stopOrphan(pgData);
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
        LOG.infof("Starting the embedded PostgreSQL with its data in %s (set ROUNDDOWN_DATA_DIR to keep it elsewhere, "
                + "or QUARKUS_DATASOURCE_JDBC_URL to use a server of your own)", pgData.toAbsolutePath());
        EmbeddedPostgres server;
        try {
            server = start(EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    // Kept data must survive a crash: commits wait for the disk, unlike the library's default.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("random_page_cost", RANDOM_PAGE_COST));
        } catch (RuntimeException e) {
            release(lock); // so a corrected restart in this JVM is not told another app holds the files
            throw e;
        }
        stopAfterTheApp(server, lock);
        System.setProperty(KEPT_IN, pgData.toAbsolutePath().toString());
        LOG.infof("The embedded PostgreSQL answers on localhost:%d", server.getPort());
        return urlOf(server);
    }

    /** A server for one test run: its files are deleted when the JVM ends. */
    private static String startThrowAway() {
        Path pgData;
        try {
            pgData = Files.createTempDirectory("rounddown-test-db");
        } catch (IOException e) {
            throw new StartUpProblem("No temporary directory for the test database: " + e.getMessage());
        }
        EmbeddedPostgres server = start(EmbeddedPostgres.builder().setDataDirectory(pgData).setServerConfig("fsync", "off")
                .setServerConfig("random_page_cost", RANDOM_PAGE_COST));
        stopAfterTheApp(server, null);
        System.setProperty(KEPT_IN, pgData.toAbsolutePath().toString());
        LOG.infof("Started a throw-away embedded PostgreSQL on localhost:%d for this run", server.getPort());
        return urlOf(server);
    }

    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) {
        try {
            return builder.setRegisterShutdownHook(false).setPGStartupWait(Duration.ofSeconds(60)).start();
        } catch (IOException | RuntimeException e) {
            throw new StartUpProblem("The embedded PostgreSQL could not start: " + e.getMessage()
                    + ". Check that the data directory is writable and has free space, or set QUARKUS_DATASOURCE_JDBC_URL "
                    + "to use a PostgreSQL server of your own.");
        }
    }

    private static String urlOf(EmbeddedPostgres server) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    /** One app per data directory: a second one would start a second server on the same files. */
    private static FileLock lock(Path directory) {
        try {
            Files.createDirectories(directory);
            FileChannel channel = new RandomAccessFile(directory.resolve("rounddown.lock").toFile(), "rw").getChannel();
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw inUse(directory);
            }
            return lock;
        } catch (IOException e) {
            throw new StartUpProblem("The data directory " + directory.toAbsolutePath() + " cannot be used: " + e.getMessage()
                    + ". Set ROUNDDOWN_DATA_DIR to a directory this user may write to.");
        }
    }

    private static void release(FileLock lock) {
        try {
            lock.release();
            lock.channel().close();
        } catch (IOException e) {
            LOG.warn("Could not release the data directory's lock: " + e.getMessage());
        }
    }

    private static StartUpProblem inUse(Path directory) {
        return new StartUpProblem("Another Rounddown is already running with its data in " + directory.toAbsolutePath()
                + ". Stop it first, or give this one another ROUNDDOWN_DATA_DIR. To run several instances side by side, "
                + "point them all at one PostgreSQL server with QUARKUS_DATASOURCE_JDBC_URL.");
    }

    /**
     * A server left running by an app that was killed (we hold the lock, so no live app owns it) would keep the
     * new one from starting on the same files: ask it to shut down first.
     */
    private static void stopOrphan(Path pgData) {
        Path pid = pgData.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(pid);
            long process = Long.parseLong(lines.get(0).strip());
            // Only the server of these files: after a reboot the number may belong to another PostgreSQL.
            Optional<ProcessHandle> orphan = ProcessHandle.of(process)
                    .filter(handle -> handle.info().command().map(command -> command.endsWith("postgres")).orElse(false))
                    .filter(handle -> handle.info().arguments().map(arguments -> List.of(arguments).stream()
                            .anyMatch(argument -> Path.of(argument).toAbsolutePath().equals(pgData.toAbsolutePath())))
                            .orElse(false));
            if (orphan.isPresent()) {
                LOG.warnf("Stopping a PostgreSQL (process %d) left running on %s by an earlier run", process, pgData);
                orphan.get().destroy();
                orphan.get().onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            LOG.warnf("Could not check for a PostgreSQL left running on %s: %s", pgData, e.getMessage());
        }
    }

    /**
     * Stops the server once the app has stopped (in-flight requests finish first), so no request meets a closed
     * database. The JVM runs shutdown hooks side by side, so this one waits for Quarkus's own to finish.
     */
    private static void stopAfterTheApp(EmbeddedPostgres server, FileLock lock) {
        Thread stopper = new Thread(() -> {
            awaitAppStopped();
            try {
                server.close();
                if (lock != null) {
                    lock.release();
                    lock.channel().close();
                }
                // The app's logging has shut down by now; say it plainly.
                System.out.println("The embedded PostgreSQL has stopped");
            } catch (IOException e) {
                System.out.println("The embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }, "embedded-postgresql-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
    }

    private static void awaitAppStopped() {
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (Application.currentApplication() != null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
