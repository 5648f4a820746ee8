package app.rounddown.letters;

import app.rounddown.web.FieldErrors;
import app.rounddown.web.StorableText;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.Variant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an admin's wording of a template before it is saved or previewed, and says what is wrong in words a person
 * understands, beside the part it is in. Every name must be a placeholder of the template or a loop's variable (also
 * inside a branch the samples do not take); then the part is rendered with the samples, where Qute's strict rendering
 * refuses whatever it cannot show. Only the sections a message needs are allowed: an include or a namespace
 * ({inject:...}) would reach into the application.
 */
final class TemplateCheck {
    static final int SUBJECT_MAX = 300;
    static final int TEXT_MAX = 20_000;
    static final int HTML_MAX = 50_000;
    private static final Set<String> SECTIONS = Set.of("if", "else", "for", "each", "let", "when", "switch", "is",
            "case");
    private static final Pattern SECTION = Pattern.compile("\\{#(\\w*)");
    private static final Pattern LOOP = Pattern.compile("\\{#for\\s+(\\w+)\\s+in\\b");
    private static final Pattern LET = Pattern.compile("\\{#let\\s+([^}]*)}");
    private static final Pattern LET_NAME = Pattern.compile("(\\w+)\\s*=");
    private static final Pattern PROPERTY = Pattern.compile(
            "Property \"([^\"]*)\" not found .* in expression \\{([^}]*)}");
    private static final Pattern KEY = Pattern.compile("Key \"([^\"]*)\" not found in the map");
    private static final Pattern NOT_A_LIST = Pattern.compile("\\{([^}]*)} resolved to .* which is not iterable");
    private static final Pattern QUTE_PREFIX = Pattern.compile("^.*?(line \\d+:|\\bon line \\d+)\\s*", Pattern.DOTALL);

    /** A part of the message: the form field it is written in, how a person names it, how it is escaped. */
    enum Part {
        SUBJECT("subject", "The subject", Variant.TEXT_PLAIN, SUBJECT_MAX),
        TEXT("text", "The text part", Variant.TEXT_PLAIN, TEXT_MAX),
        HTML("html", "The HTML part", Variant.TEXT_HTML, HTML_MAX);

        final String field;
        final String label;
        final String contentType;
        final int max;

        Part(String field, String label, String contentType, int max) {
            this.field = field;
            this.label = label;
            this.contentType = contentType;
            this.max = max;
        }

        String of(TemplateText source) {
            return switch (this) {
                case SUBJECT -> source.subject();
                case TEXT -> source.text();
                case HTML -> source.html();
            };
        }

        Template parse(Engine engine, String source) {
            return engine.parse(source, Variant.forContentType(contentType));
        }
    }

    private TemplateCheck() {
    }

    static FieldErrors check(Engine engine, CandidateTemplate template, TemplateText source, Map<String, Object> data) {
        FieldErrors errors = FieldErrors.none();
        for (Part part : Part.values()) {
            String problem = problem(engine, template, part, part.of(source), data);
            if (problem != null) {
                errors.add(part.field, problem);
            }
        }
        return errors;
    }

    private static String problem(Engine engine, CandidateTemplate template, Part part, String source,
                                  Map<String, Object> data) {
        if (source == null || source.isBlank()) {
            return part.label + " is empty; write it, using the placeholders on the right.";
        }
        if (source.length() > part.max) {
            return part.label + " is " + String.format("%,d", source.length()) + " characters long; keep it to "
                    + String.format("%,d", part.max) + ".";
        }
        if (StorableText.hasNul(source)) {
            return StorableText.NUL;
        }
        if (part == Part.SUBJECT && source.strip().contains("\n")) {
            return "Keep the subject on one line: a mail's subject has no line breaks.";
        }
        Matcher section = SECTION.matcher(source);
        while (section.find()) {
            if (!SECTIONS.contains(section.group(1))) {
                return part.label + " uses {#" + section.group(1) + "}, which a message cannot use; use {#if}, "
                        + "{#for} or {#let} with the placeholders.";
            }
        }
        Template parsed;
        try {
            parsed = part.parse(engine, source);
        } catch (TemplateException mistake) {
            return part.label + " cannot be read" + where(mistake) + ": " + quteWords(mistake) + " Each {#if} and "
                    + "{#for} ends with {/if} or {/for}, and each placeholder is written {name}.";
        }
        String unknown = unknownName(template, source, parsed.getExpressions());
        if (unknown != null) {
            return part.label + unknown;
        }
        try {
            parsed.data(data).render();
        } catch (TemplateException mistake) {
            return part.label + " cannot be shown" + where(mistake) + ": " + renderingWords(template, mistake);
        } catch (RuntimeException mistake) {
            return part.label + " cannot be shown with the sample values: " + mistake.getMessage();
        }
        return null;
    }

    private static String unknownName(CandidateTemplate template, String source, List<Expression> expressions) {
        Set<String> loops = new HashSet<>();
        Matcher loop = LOOP.matcher(source);
        while (loop.find()) {
            loops.add(loop.group(1));
        }
        if (source.contains("{#each")) {
            loops.add("it");
        }
        Matcher let = LET.matcher(source);
        while (let.find()) {
            Matcher name = LET_NAME.matcher(let.group(1));
            while (name.find()) {
                loops.add(name.group(1));
            }
        }
        for (Expression expression : expressions) {
            String line = " (line " + expression.getOrigin().getLine() + ")";
            if (expression.hasNamespace()) {
                return line + " uses {" + expression.toOriginalString() + "}, which a message cannot use; "
                        + "use the placeholders on the right.";
            }
            if (expression.isLiteral() || expression.getParts().isEmpty()) {
                continue;
            }
            String name = expression.getParts().get(0).getName();
            boolean loopName = loops.contains(name) || loops.stream().anyMatch(l -> name.startsWith(l + "_"));
            if (!loopName && !template.placeholders().containsKey(name)) {
                return line + ": {" + name + "} is not a placeholder of this template; it has "
                        + String.join(", ", template.placeholders().keySet()) + ".";
            }
        }
        return null;
    }

    private static String where(TemplateException mistake) {
        return mistake.getOrigin() == null ? "" : " (line " + mistake.getOrigin().getLine() + ")";
    }

    /** The usual rendering mistakes in plain words; anything else in Qute's. */
    private static String renderingWords(CandidateTemplate template, TemplateException mistake) {
        String words = quteWords(mistake);
        Matcher property = PROPERTY.matcher(words);
        if (property.find()) {
            return "{" + property.group(2) + "} asks for \u201c" + property.group(1) + "\u201d, which that value does "
                    + "not have.";
        }
        Matcher key = KEY.matcher(words);
        if (key.find()) {
            return "{" + key.group(1) + "} is not a placeholder of this template; it has "
                    + String.join(", ", template.placeholders().keySet()) + ".";
        }
        Matcher list = NOT_A_LIST.matcher(words);
        if (list.find()) {
            return "{" + list.group(1) + "} is not a list, so {#for} cannot go through it.";
        }
        return words;
    }

    /** Qute's own sentence without the template's generated id, which means nothing to an admin. */
    private static String quteWords(TemplateException mistake) {
        String words = mistake.getMessage() == null ? "" : mistake.getMessage();
        words = QUTE_PREFIX.matcher(words).replaceFirst("").replaceAll("\\s*in template \\[[^]]*]", "")
                .replaceFirst("^(Parser|Rendering) error:\\s*", "").replaceAll("\\s+", " ").strip();
        return words.endsWith(".") ? words : words + ".";
    }
}
