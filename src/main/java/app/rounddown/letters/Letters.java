package app.rounddown.letters;

import app.rounddown.web.FieldErrors;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Locks;
import app.rounddown.web.Times;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
    /** The field a refused save on a stale version is reported on. */
    public static final String STALE = "basedOn";
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

    /** The version in use: the newest an admin saved, or the template as shipped when none was saved. */
    public TemplateText current(CandidateTemplate template) {
        return TemplateVersion.newest(template).map(TemplateVersion::source).orElseGet(() -> shipped(template));
    }

    /**
     * What is wrong with a wording, field by field (subject, text, html), checked by rendering it with the template's
     * samples; none when it may be saved.
     */
    public FieldErrors check(CandidateTemplate template, TemplateText source) {
        Map<String, Object> data = template.samples();
        data.put(CandidateTemplate.COMPANY_NAME, companyName());
        return TemplateCheck.check(engine, template, source, data);
    }

    /**
     * Saves a wording as the template's next version. {@code basedOn} is the version the person started from (0 for
     * the shipped text): when someone saved another meanwhile, nothing is saved and the message says who, so one
     * person's edit never silently replaces another's. A refusal writes nothing, so the caller's transaction may go on
     * to show the form again.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = InvalidInput.class)
    public TemplateVersion save(CandidateTemplate template, TemplateText source, Integer basedOn, Long savedById,
                                String savedByName, String note) {
        FieldErrors errors = check(template, source);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Locks.holdUntilCommit("candidate-template:" + template.key());
        Optional<TemplateVersion> newest = TemplateVersion.newest(template);
        int current = newest.map(v -> v.version).orElse(0);
        if (basedOn == null) {
            throw InvalidInput.of(STALE, "Send the version you started from, so a version saved meanwhile is not "
                    + "replaced.");
        }
        if (basedOn != current) {
            TemplateVersion other = newest.orElseThrow();
            throw InvalidInput.of(STALE, other.savedByName + " saved version " + other.version + " on "
                    + Times.format(other.savedAt) + " while you were working from " + startingPoint(basedOn)
                    + ", so nothing was saved. Your text is kept here: compare it with version " + other.version
                    + " and save again to replace it.");
        }
        TemplateVersion next = new TemplateVersion();
        next.templateKey = template.key();
        next.version = current + 1;
        next.subject = source.subject().strip();
        next.text = source.text();
        next.html = source.html();
        next.savedById = savedById;
        next.savedByName = savedByName;
        next.savedAt = Instant.now();
        next.note = note == null ? "" : note.strip();
        next.persist();
        return next;
    }

    /** Saves an earlier version (0: the shipped text) again as the newest, on the same terms as {@link #save}. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = InvalidInput.class)
    public TemplateVersion restore(CandidateTemplate template, int version, Integer basedOn, Long savedById,
                                   String savedByName) {
        TemplateText source = version == 0 ? shipped(template) : TemplateVersion.numbered(template, version)
                .map(TemplateVersion::source).orElseThrow(() -> InvalidInput.of("version", "There is no version "
                        + version + " of this template."));
        return save(template, source, basedOn, savedById, savedByName, version == 0 ? "Back to the shipped text"
                : "Restored version " + version);
    }

    private static String startingPoint(int basedOn) {
        return basedOn == 0 ? "the shipped text" : "version " + basedOn;
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
