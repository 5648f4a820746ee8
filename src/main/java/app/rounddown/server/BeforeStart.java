package app.rounddown.server;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * What must hold before anything touches the database, run when the app first asks where its database is:
 * the settings are checked (all problems at once), then the database is found: the configured server, checked
 * with one connection so a mistake reads as a paragraph instead of a stack trace, or else the embedded one.
 */
@Priority(Priorities.APPLICATION)
public class BeforeStart implements ConfigSourceInterceptor {
    static final String URL = "quarkus.datasource.jdbc.url";
    static final String TEST_URL = "ROUNDDOWN_TEST_DB_URL";
    private static final String CHECKED = "rounddown.database.checked-url";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue configured = context.proceed(name);
        if (!URL.equals(name) || ExecutionMode.current() == ExecutionMode.UNSET) {
            return configured; // at build time there is nothing to start or check
        }
        String url = configured == null || configured.getValue() == null || configured.getValue().isBlank()
                ? null : configured.getValue();
        if (url == null && LaunchMode.current() == LaunchMode.TEST && System.getenv(TEST_URL) != null) {
            url = System.getenv(TEST_URL);
        }
        String located = url == null ? embedded(context) : checked(context, url);
        return configured == null
                ? ConfigValue.builder().withName(name).withValue(located).withConfigSourceName("Rounddown start-up").build()
                : configured.withValue(located);
    }

    private static String embedded(ConfigSourceInterceptorContext context) {
        checkSettings(context);
        Optional<Path> keptIn = LaunchMode.current() == LaunchMode.TEST ? Optional.empty()
                : Optional.of(Path.of(value(context, "rounddown.data-dir").orElse("rounddown-data")));
        return EmbeddedDatabase.url(keptIn);
    }

    private static synchronized String checked(ConfigSourceInterceptorContext context, String url) {
        if (url.equals(System.getProperty(CHECKED))) {
            return url;
        }
        checkSettings(context);
        String user = value(context, "quarkus.datasource.username").orElse("");
        Properties properties = new Properties();
        properties.setProperty("user", user);
        value(context, "quarkus.datasource.password").ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("loginTimeout", "15");
        try (Connection connection = new Driver().connect(url, properties)) {
            if (connection == null) {
                throw new StartUpProblem("QUARKUS_DATASOURCE_JDBC_URL is \"" + DatabaseProblem.withoutPassword(url)
                        + "\", which is not a PostgreSQL address: write it as jdbc:postgresql://host:5432/database.");
            }
        } catch (SQLException e) {
            throw new StartUpProblem(DatabaseProblem.explain(url, user, e));
        }
        System.setProperty(CHECKED, url);
        return url;
    }

    private static void checkSettings(ConfigSourceInterceptorContext context) {
        List<String> problems = Settings.problems(setting -> value(context, setting).orElse(null));
        if (!problems.isEmpty()) {
            throw new StartUpProblem("Rounddown cannot start until these settings are fixed:\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    private static Optional<String> value(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        return Optional.ofNullable(value).map(ConfigValue::getValue).filter(text -> !text.isBlank());
    }
}
