package app.rounddown.letters;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders the messages candidates receive from their current template. A feature gives the values of the template's
 * placeholders (every one of them); the company's name is added here. The HTML part is escaped as HTML, the subject
 * and the text part are not.
 */
@ApplicationScoped
public class Letters {
    @Inject
    Engine engine;
    @ConfigProperty(name = "rounddown.company-name")
    Optional<String> companyName;

    public Rendered render(CandidateTemplate template, Map<String, Object> values) {
        return render(current(template), template, values);
    }

    /** Renders the given source, as the current version or as an admin's draft being previewed. */
    public Rendered render(TemplateText source, CandidateTemplate template, Map<String, Object> values) {
        Map<String, Object> data = new LinkedHashMap<>(values);
        data.put(CandidateTemplate.COMPANY_NAME, companyName());
        if (!data.keySet().equals(template.placeholders().keySet())) {
            throw new IllegalArgumentException("The " + template.key() + " template takes " + template.placeholders()
                    .keySet() + ", not " + data.keySet());
        }
        return new Rendered(oneLine(plain(source.subject()).data(data).render()),
                plain(source.text()).data(data).render(),
                engine.parse(source.html(), Variant.forContentType(Variant.TEXT_HTML)).data(data).render());
    }

    /** The version in use: the template as shipped until an admin saves one of their own. */
    public TemplateText current(CandidateTemplate template) {
        return shipped(template);
    }

    /** The template as it comes with Rounddown, from {@code src/main/resources/letters/<key>/}. */
    public static TemplateText shipped(CandidateTemplate template) {
        return new TemplateText(resource(template, "subject.txt").strip(), resource(template, "text.txt"),
                resource(template, "html.html"));
    }

    public String companyName() {
        return companyName.map(String::strip).orElse("");
    }

    private Template plain(String source) {
        return engine.parse(source, Variant.forContentType(Variant.TEXT_PLAIN));
    }

    private static String oneLine(String subject) {
        return subject.replaceAll("\\s+", " ").strip();
    }

    private static String resource(CandidateTemplate template, String file) {
        String path = "letters/" + template.key() + "/" + file;
        try (InputStream in = Letters.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing shipped template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
