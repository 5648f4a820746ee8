package app.rounddown.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Starts the packaged app the way a person does, with nothing installed but Java, and reads what it says:
 * one paragraph for each mistake a person can make (no stack trace), and its own PostgreSQL otherwise.
 */
@Execution(ExecutionMode.CONCURRENT)
class StartUpIT {
    private static final String SECRET = "an-integration-test-secret-that-is-long-enough";
    /** A JVM ended by SIGTERM exits with 128 + 15 once its shutdown hooks are done. */
    private static final int STOPPED_BY_SIGTERM = 143;
    private static final Duration FAILS_WITHIN = Duration.ofSeconds(90);
    private static EmbeddedPostgres server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path home;

    /** A server of "the company's own" that wants a password from user app, and trusts postgres. */
    @BeforeAll
    static void startACompanyServer() throws IOException {
        server = EmbeddedPostgres.builder().setDataDirectoryCustomizer(dir -> {
            try {
                Files.writeString(dir.toPath().resolve("pg_hba.conf"), """
                        local all all trust
                        host all app 127.0.0.1/32 scram-sha-256
                        host all app ::1/128 scram-sha-256
                        host all all 127.0.0.1/32 trust
                        host all all ::1/128 trust
                        """);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).start();
    }

    @AfterAll
    static void stopTheCompanyServer() throws IOException {
        server.close();
    }

    @Test
    void withoutASecretItSaysWhichVariableToSetAndHowToMakeOne() throws Exception {
        String said = failure(Map.of());
        assertTrue(said.contains("ROUNDDOWN_SECRET (rounddown.secret) is not set. It signs the forms' anti-forgery tokens"), said);
        assertTrue(said.contains("openssl rand -base64 48"), said);
    }

    @Test
    void badSettingsAreListedOneLineEach() throws Exception {
        String said = failure(Map.of("ROUNDDOWN_SECRET", SECRET, "ROUNDDOWN_TIME_ZONE", "Mars/Olympus",
                "ROUNDDOWN_SUPERDAY_CURRENCY", "DOLLARS", "ROUNDDOWN_SUPERDAY_FEE", "-100", "ROUNDDOWN_MAIL_FROM", "hiring"));
        assertTrue(said.contains("ROUNDDOWN_TIME_ZONE (rounddown.time-zone) is \"Mars/Olympus\", which is not a time zone"), said);
        assertTrue(said.contains("ROUNDDOWN_SUPERDAY_CURRENCY (rounddown.superday.currency) is \"DOLLARS\""), said);
        assertTrue(said.contains("ROUNDDOWN_SUPERDAY_FEE (rounddown.superday.fee) is \"-100\": give an amount of 0 or more"), said);
        assertTrue(said.contains("ROUNDDOWN_MAIL_FROM (rounddown.mail.from) is \"hiring\", which is not an e-mail address"), said);
    }

    @Test
    void aDatabaseThatIsNotRunningIsNamedWithWhatToCheck() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/postgres";
        String said = failure(Map.of("ROUNDDOWN_SECRET", SECRET, "QUARKUS_DATASOURCE_JDBC_URL", url));
        assertTrue(said.contains("Rounddown cannot use the database at " + url + ": the connection was refused."), said);
    }

    @Test
    void refusedCredentialsAreNamedWithoutThePassword() throws Exception {
        String said = failure(Map.of("ROUNDDOWN_SECRET", SECRET, "QUARKUS_DATASOURCE_JDBC_URL", companyUrl("postgres"),
                "QUARKUS_DATASOURCE_USERNAME", "app", "QUARKUS_DATASOURCE_PASSWORD", "wrong-password-42"));
        assertTrue(said.contains("the server refused user \"app\""), said);
        assertFalse(said.contains("wrong-password-42"), said);
    }

    @Test
    void aMissingDatabaseSaysHowToCreateIt() throws Exception {
        String said = failure(Map.of("ROUNDDOWN_SECRET", SECRET, "QUARKUS_DATASOURCE_JDBC_URL", companyUrl("hiring")));
        assertTrue(said.contains("the server has no such database"), said);
    }

    @Test
    void withADatabaseUrlItUsesThatServerAndStartsNoneOfItsOwn() throws Exception {
        Map<String, String> settings = Map.of("ROUNDDOWN_SECRET", SECRET, "QUARKUS_LOG_CONSOLE_JSON", "true",
                "QUARKUS_DATASOURCE_JDBC_URL", companyUrl("postgres"), "ROUNDDOWN_DATA_DIR", home.resolve("unused").toString());
        try (App app = App.start(home, settings)) {
            int[] ports = app.ports(Duration.ofSeconds(90));
            assertEquals(200, get(ports[1], "/q/health/ready").statusCode(), app.output());
            String requestId = get(ports[0], "/signin").headers().firstValue("X-Request-Id").orElseThrow();
            Thread.sleep(500);
            assertTrue(app.output().lines().anyMatch(line -> line.startsWith("{") && line.contains("\"message\":")
                    && line.contains("GET /signin") && line.contains("\"requestId\":\"" + requestId + "\"")),
                    "JSON log lines carry the request id:\n" + app.output());
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 ResultSet migrations = connection.createStatement()
                         .executeQuery("select count(*) from rounddown.flyway_schema_history where success")) {
                migrations.next();
                assertTrue(migrations.getInt(1) >= 5, "the app migrated the configured server");
            }
            assertFalse(Files.exists(home.resolve("unused")), "no embedded server was started");
            assertEquals(STOPPED_BY_SIGTERM, app.stop(), app.output());
        }
    }

    /**
     * The small-team path: one machine, nothing installed. The data stays between runs, a second app on the same
     * data is refused, and stopping the app stops its database cleanly.
     */
    @Test
    void onItsOwnItKeepsItsDataRefusesASecondCopyAndStopsCleanly() throws Exception {
        Path data = home.resolve("rounddown-data");
        Map<String, String> settings = new HashMap<>(Map.of("ROUNDDOWN_SECRET", SECRET, "ROUNDDOWN_DATA_DIR", data.toString(),
                "ROUNDDOWN_ADMIN_EMAIL", "owner@example.com", "ROUNDDOWN_ADMIN_PASSWORD", "owner-password-123"));
        try (App first = App.start(home, settings)) {
            int[] ports = first.ports(Duration.ofSeconds(120));
            assertTrue(first.output().contains("Starting the embedded PostgreSQL with its data in " + data.resolve("postgresql")),
                    first.output());
            assertEquals(303, signIn(ports[0], "owner@example.com", "owner-password-123"), "the first admin signs in");
            assertEquals(404, get(ports[0], "/q/health").statusCode(), "health is not on the app's port");

            try (App second = App.start(home, settings)) {
                assertNotEquals(0, second.exitCode(FAILS_WITHIN));
                String said = second.output();
                assertTrue(said.contains("Another Rounddown is already running with its data in " + data), said);
                assertNoStackTrace(said);
            }

            assertEquals(STOPPED_BY_SIGTERM, first.stop(), first.output());
            assertTrue(first.output().contains("The embedded PostgreSQL has stopped"), first.output());
            assertFalse(Files.exists(data.resolve("postgresql").resolve("postmaster.pid")), "PostgreSQL shut down");
        }
        settings.put("ROUNDDOWN_ADMIN_EMAIL", "someone-else@example.com");
        try (App again = App.start(home, settings)) {
            int[] ports = again.ports(Duration.ofSeconds(120));
            assertEquals(303, signIn(ports[0], "owner@example.com", "owner-password-123"),
                    "the account made on the first run is still there");
            assertFalse(again.output().contains("Created the first admin"), again.output());
            assertEquals(STOPPED_BY_SIGTERM, again.stop(), again.output());
        }
    }

    private String failure(Map<String, String> settings) throws Exception {
        Map<String, String> all = new HashMap<>(settings);
        all.putIfAbsent("ROUNDDOWN_DATA_DIR", home.resolve("data").toString());
        try (App app = App.start(home, all)) {
            assertNotEquals(0, app.exitCode(FAILS_WITHIN), app.output());
            String said = app.output();
            assertNoStackTrace(said);
            return said;
        }
    }

    private static void assertNoStackTrace(String said) {
        assertFalse(said.lines().anyMatch(line -> line.strip().startsWith("at ") || line.contains("Exception")),
                "no stack trace:\n" + said);
    }

    private static String companyUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + database;
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the form as a browser does; 303 when the e-mail and password are right. */
    private static int signIn(int port, String email, String password) throws Exception {
        HttpResponse<String> page = get(port, "/signin");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("rd_csrf="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(token.find(), page.body());
        String form = "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
                + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/signin")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
