package app.rounddown.dossier;

import app.rounddown.web.FormData;
import java.util.List;

/** What was typed into an assign or move form on the candidate page, with the clashes it would cause. */
public record AssignmentDraft(FormData form, List<String> warnings) {
    public static AssignmentDraft none() {
        return new AssignmentDraft(FormData.empty(), List.of());
    }

    public static AssignmentDraft of(FormData form) {
        return new AssignmentDraft(form, List.of());
    }

    public boolean is(String name, Object value) {
        return form.is(name, value);
    }

    public String get(String name) {
        return form.get(name);
    }
}
