package app.rounddown.letters;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The messages a candidate receives, each a Qute template with a subject, a text part and an HTML part that admins may
 * edit. Each names the placeholders it may use, with what they hold and a sample value for checks and previews;
 * {@code companyName} is in every one, since every message carries the company's name.
 */
public enum CandidateTemplate {
    INTERVIEW_INVITATION("interview-invitation", "Interview invitation", placeholders(
            "firstName", "the candidate's first name", "Dana",
            "candidateName", "the candidate's full name", "Dana Dealer",
            "openingTitle", "the role they applied for", "Account Executive",
            "stage", "the interview's name", "Technical interview",
            "interviewerName", "who interviews them", "Ivan Interviewer",
            "when", "day and time, in the candidate's zone", "Tuesday 8 December 2026, 14:00\u201314:45",
            "zone", "the candidate's time zone", "Europe/Berlin",
            "minutes", "how long it takes", 45)),
    SUPERDAY_INVITATION("superday-invitation", "SuperDay invitation", placeholders(
            "firstName", "the candidate's first name", "Dana",
            "candidateName", "the candidate's full name", "Dana Dealer",
            "openingTitle", "the role they applied for", "Account Executive",
            "date", "the SuperDay's date, in the candidate's zone", "Thursday 10 December 2026",
            "zone", "the candidate's time zone", "Europe/Berlin",
            "agenda", "the day's blocks: each has a time and a title", List.of(
                    new AgendaLine("09:00\u201309:30", "Kick-off"), new AgendaLine("09:30\u201316:00", "Task"),
                    new AgendaLine("16:00\u201316:30", "Hand-in and wrap-up")),
            "fee", "what the day pays", "EUR 400.00",
            "cancellationFee", "what a cancellation by the company pays", "EUR 100.00",
            "taxFormNote", "what tax form to send before payment", "Please send us a W-8BEN before the day.",
            "contactName", "who to ask on the day", "Rita Recruiter",
            "contactEmail", "their e-mail address", "rita@acme.example",
            "portalLink", "the candidate's own SuperDay page", "https://hiring.acme.example/superday/abc123")),
    REJECTION("rejection", "Rejection after the SuperDay", placeholders(
            "firstName", "the candidate's first name", "Dana",
            "candidateName", "the candidate's full name", "Dana Dealer",
            "openingTitle", "the role they applied for", "Account Executive",
            "wentWell", "points that went well, a list of sentences", List.of("Clear discovery questions."),
            "toImprove", "specific things to improve, a list of sentences", List.of("Quantify the business case."),
            "reapplyAfter", "the date after which they may apply again", "1 December 2027",
            "signedBy", "who signs the message", "Rita Recruiter")),
    CULTURE_REJECTION("culture-rejection", "Rejection after the culture interview", placeholders(
            "firstName", "the candidate's first name", "Dana",
            "candidateName", "the candidate's full name", "Dana Dealer",
            "openingTitle", "the role they applied for", "Account Executive",
            "signedBy", "who signs the message", "Rita Recruiter"));

    /** Every template may use the company's name; {@link Letters} supplies it. */
    public static final String COMPANY_NAME = "companyName";

    private final String key;
    private final String title;
    private final Map<String, Placeholder> placeholders;

    CandidateTemplate(String key, String title, Map<String, Placeholder> placeholders) {
        this.key = key;
        this.title = title;
        this.placeholders = placeholders;
    }

    /** A line of the SuperDay agenda, as the candidate reads it. */
    public record AgendaLine(String time, String title) {
    }

    /** One value a template may show: its name in the template, what it holds, and a sample. */
    public record Placeholder(String name, String description, Object sample) {
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** The placeholders in the order an editor reads them, {@code companyName} last. */
    public Map<String, Placeholder> placeholders() {
        return placeholders;
    }

    /** Sample values for every placeholder, as a check or a preview without a real candidate renders them. */
    public Map<String, Object> samples() {
        Map<String, Object> values = new LinkedHashMap<>();
        placeholders.values().forEach(p -> values.put(p.name(), p.sample()));
        return values;
    }

    public static Optional<CandidateTemplate> byKey(String key) {
        for (CandidateTemplate template : values()) {
            if (template.key.equals(key)) {
                return Optional.of(template);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Placeholder> placeholders(Object... triples) {
        Map<String, Placeholder> map = new LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            map.put((String) triples[i], new Placeholder((String) triples[i], (String) triples[i + 1], triples[i + 2]));
        }
        map.put(COMPANY_NAME, new Placeholder(COMPANY_NAME, "your company's name", "Acme"));
        return Collections.unmodifiableMap(map);
    }
}
