package app.rounddown.dossier;

import app.rounddown.web.FieldErrors;
import app.rounddown.web.FormData;
import app.rounddown.web.InvalidInput;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** What was typed into an assign or move form on the candidate page, with the clashes it would cause. */
public record AssignmentDraft(FormData form, List<String> warnings) {
    public static AssignmentDraft none() {
        return new AssignmentDraft(FormData.empty(), List.of());
    }

    public static AssignmentDraft of(FormData form) {
        return new AssignmentDraft(form, List.of());
    }

    /** A date and time typed in the recruiter's own time zone (the browser's datetime-local field); null when blank. */
    static Instant startsAt(FormData form, ZoneId zone) {
        String value = form.text("startsAt");
        try {
            return value == null ? null : LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw InvalidInput.of("startsAt", "Give the date and time of the interview, such as 2026-11-24 14:00.");
        }
    }

    /** The day the interview is being planned for, once a time is typed; null before. */
    static LocalDate day(FormData form) {
        try {
            return form.text("startsAt") == null ? null : LocalDateTime.parse(form.text("startsAt").strip()).toLocalDate();
        } catch (DateTimeException notYet) {
            return null;
        }
    }

    /** Whether this draft, for this application, came back with an error or a clash to read. */
    public boolean troubles(long applicationId, FieldErrors errors) {
        return is("applicationId", applicationId) && (!errors.isEmpty() || !warnings.isEmpty());
    }

    public boolean is(String name, Object value) {
        return form.is(name, value);
    }

    public String get(String name) {
        return form.get(name);
    }
}
