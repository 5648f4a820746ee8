package app.rounddown.server;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged app started as a person starts it (java -jar), with the settings given and nothing else. */
final class App implements AutoCloseable {
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Pattern LISTENING =
            Pattern.compile("Listening on: http://[^:]+:(\\d+)\\.? Management interface listening on http://[^:]+:(\\d+)");
    private final Process process;
    private final Path output;

    private App(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static App start(Path workDir, Map<String, String> settings) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("Build the app first (./mvnw verify runs this after packaging it)");
        }
        Files.createDirectories(workDir);
        Path output = Files.createTempFile("rounddown-app", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx384m", "-jar", JAR.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("ROUNDDOWN_"));
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        builder.environment().put("ROUNDDOWN_MANAGEMENT_PORT", "0");
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        // Settings every start needs (the tests about them give their own): mail goes nowhere, nothing is sent here.
        builder.environment().put("ROUNDDOWN_MAIL_FROM", "hiring@acme.example");
        builder.environment().put("ROUNDDOWN_COMPANY_NAME", "Acme");
        builder.environment().putAll(settings);
        return new App(builder.start(), output);
    }

    /** Waits for the app to stop by itself and returns its exit code. */
    int exitCode(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The app did not stop within " + within + ":\n" + output());
        }
        return process.exitValue();
    }

    /** Waits until the app listens and returns its two ports: the app's and the management port. */
    int[] ports(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher listening = LISTENING.matcher(output());
            if (listening.find()) {
                return new int[] {Integer.parseInt(listening.group(1)), Integer.parseInt(listening.group(2))};
            }
            if (!process.isAlive()) {
                throw new AssertionError("The app stopped instead of starting:\n" + output());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The app did not start within " + within + ":\n" + output());
    }

    /** Stops the app as a service manager does (SIGTERM) and returns its exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        return exitCode(Duration.ofSeconds(60));
    }

    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy(); // lets it stop its own PostgreSQL
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        new File(output.toString()).delete();
    }
}
