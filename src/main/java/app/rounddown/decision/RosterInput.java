package app.rounddown.decision;

import app.rounddown.web.FieldErrors;
import app.rounddown.web.FormData;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What was typed into one of the team roster's forms on the offer page (add a member, a member's leaving or quarter,
 * the recalculation) and what was wrong with it, so the page comes back with the message beside that form's field
 * and the typed values kept. {@code memberId} names the member whose form it was; none for the other forms.
 */
public record RosterInput(FormData form, FieldErrors errors, Long memberId) {

    public static RosterInput none() {
        return new RosterInput(FormData.empty(), FieldErrors.none(), null);
    }

    /** Whether this member's form came back with something wrong: the page then shows their forms open. */
    public boolean concerns(long member) {
        return memberId != null && memberId == member && !errors.isEmpty();
    }

    private boolean about(Long member) {
        return memberId == null ? member == null : memberId.equals(member);
    }

    /** The message for a field of this member's form (or of the add and recalculation forms, with no member). */
    public String errorFor(Long member, String field) {
        return about(member) && errors.has(field) ? errors.get(field) : null;
    }

    /**
     * The date typed into a field of this member's form, for showing it again in a date field; empty when it is not a
     * date (which a date field cannot hold, and the message beside it explains).
     */
    public String dateFor(Long member, String field) {
        String typed = valueFor(member, field);
        try {
            return typed == null || typed.isEmpty() ? "" : LocalDate.parse(typed).toString();
        } catch (DateTimeParseException notADate) {
            return "";
        }
    }

    /** The value typed into a field of this member's form, for showing it again. */
    public String valueFor(Long member, String field) {
        return about(member) ? form.get(field) : "";
    }
}
