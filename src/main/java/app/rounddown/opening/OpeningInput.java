package app.rounddown.opening;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;

import app.rounddown.web.FormData;
import app.rounddown.web.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a person fills in to create or edit an opening, from a page form or the JSON API. */
public record OpeningInput(
        @NotBlank(message = "Enter a title for the opening.")
        @Size(max = 200, message = "Keep the title to 200 characters or fewer.")
        @SingleLine
        String title,
        @NotNull(message = "Choose a role type.")
        RoleType roleType,
        @NotNull(message = "Choose the hiring manager.")
        Long hiringManagerId,
        OpeningStatus status,
        Integer version,
        @DecimalMin(value = "0", message = "The SuperDay fee cannot be negative.")
        @Digits(integer = 10, fraction = 2, message = "Give the SuperDay fee as an amount such as 1000 or 1000.50.")
        BigDecimal superdayFee,
        @DecimalMin(value = "0", message = "The cancellation fee cannot be negative.")
        @Digits(integer = 10, fraction = 2, message = "Give the cancellation fee as an amount such as 500.")
        BigDecimal superdayCancellationFee,
        @SingleLine
        String superdayCurrency,
        Long secondApproverId,
        @Schema(nullable = true, description = "whether candidates get their own interview invitations; "
                + "true for a new opening, unchanged on an edit, when not given")
        Boolean candidateInvitations) {

    /** An opening with the usual SuperDay fees (1,000 USD, 500 USD when the company cancels). */
    public OpeningInput(String title, RoleType roleType, Long hiringManagerId, OpeningStatus status, Integer version) {
        this(title, roleType, hiringManagerId, status, version, null, null, null, null, null);
    }

    static OpeningInput from(FormData form) {
        return new OpeningInput(form.text("title"), form.choice("roleType", RoleType.class), form.id("hiringManagerId"),
                form.choice("status", OpeningStatus.class), form.number("version"),
                form.amount("superdayFee"), form.amount("superdayCancellationFee"),
                form.text("superdayCurrency") == null ? null : form.text("superdayCurrency").strip().toUpperCase(java.util.Locale.ROOT),
                form.id("secondApproverId"), checkbox(form, "candidateInvitations"));
    }

    /** A checkbox says nothing when unticked, so the form marks that it showed it; a form without it changes nothing. */
    private static Boolean checkbox(FormData form, String name) {
        return form.text(name + "Shown") == null ? null : "true".equals(form.text(name));
    }
}
