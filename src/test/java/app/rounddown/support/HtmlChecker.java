package app.rounddown.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Nu Html Checker (the W3C's validator, from the vnu-jar package that .ci/run installs in .tools/), run as a
 * local service for the whole test run, so every page the tests see can be checked in a few milliseconds.
 */
public final class HtmlChecker {
    static final Path JAR = Path.of(System.getenv().getOrDefault("VNU_JAR",
            ".tools/node_modules/vnu-jar/build/dist/vnu.jar"));
    static final Path SEEN = Path.of("target", "html-checked.txt");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static URI service;
    private static boolean unavailable;

    private HtmlChecker() {
    }

    /** The checker's errors for this document; empty when valid, or when no checker is installed here (not in CI). */
    public static synchronized List<String> errors(String page, String html) {
        Optional<URI> checker = service();
        if (checker.isEmpty()) {
            return List.of();
        }
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(checker.get())
                    .header("Content-Type", "text/html; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(html, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<String> errors = new ArrayList<>();
            for (JsonNode message : JSON.readTree(answer.body()).path("messages")) {
                if ("error".equals(message.path("type").asText())) {
                    errors.add("line " + message.path("lastLine").asInt() + ": " + message.path("message").asText()
                            + " [" + message.path("extract").asText().strip() + "]");
                }
            }
            Files.writeString(SEEN, page + (errors.isEmpty() ? "" : " (" + errors.size() + " errors)") + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return errors;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("The Nu Html Checker did not answer: " + e.getMessage(), e);
        }
    }

    /** Starts the checker while the app under test boots, so the first page does not wait for it. */
    static void warmUpInBackground() {
        Thread warmUp = new Thread(() -> {
            synchronized (HtmlChecker.class) {
                try {
                    service();
                } catch (RuntimeException e) {
                    System.out.println("The Nu Html Checker did not start early: " + e.getMessage());
                }
            }
        }, "nu-html-checker-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static Optional<URI> service() {
        if (service != null || unavailable) {
            return Optional.ofNullable(service);
        }
        if (!Files.exists(JAR)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("The Nu Html Checker is missing at " + JAR + "; .ci/run installs it");
            }
            System.out.println("HTML is not validated: the Nu Html Checker is not installed at " + JAR
                    + " (npm install --prefix .tools vnu-jar)");
            unavailable = true;
            return Optional.empty();
        }
        try {
            Files.createDirectories(SEEN.getParent());
            Files.deleteIfExists(SEEN);
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xss4m", "-Xmx512m", "-Dnu.validator.servlet.bind-address=127.0.0.1", "-cp", JAR.toString(),
                    "nu.validator.servlet.Main", String.valueOf(port))
                    .redirectErrorStream(true).redirectOutput(new File("target/nu-html-checker.log")).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            URI uri = URI.create("http://127.0.0.1:" + port + "/?out=json");
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    HTTP.send(HttpRequest.newBuilder(uri).header("Content-Type", "text/html; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString("<!DOCTYPE html><title>up</title>")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    service = uri;
                    return Optional.of(uri);
                } catch (IOException notYet) {
                    Thread.sleep(250);
                }
            }
            throw new IllegalStateException("The Nu Html Checker did not start; see target/nu-html-checker.log");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("The Nu Html Checker could not start: " + e.getMessage(), e);
        }
    }
}
