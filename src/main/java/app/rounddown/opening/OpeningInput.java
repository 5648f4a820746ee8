package app.rounddown.opening;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;

import app.rounddown.web.FormData;
import app.rounddown.web.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
        Boolean candidateInvitations,
        @Schema(nullable = true, description = "the job post candidates read; blank lines part paragraphs, lines "
                + "starting with \"- \" make a list, **bold**; unchanged on an edit when not given")
        @Size(max = 20000, message = "Keep the description to 20,000 characters or fewer.")
        String description,
        @Schema(nullable = true, description = "where the work is, e.g. London or Europe; unchanged on an edit when not given")
        @Size(max = 200, message = "Keep the location to 200 characters or fewer.")
        @SingleLine
        String location,
        @Schema(nullable = true, description = "ON_SITE for a new opening, unchanged on an edit, when not given")
        Remote remote,
        @Schema(nullable = true, description = "FULL_TIME for a new opening, unchanged on an edit, when not given")
        EmploymentType employmentType,
        @Schema(nullable = true, description = "whether the careers page lists it; false for a new opening, unchanged on "
                + "an edit, when not given; a closed opening is never published")
        Boolean published,
        @Schema(nullable = true, description = "its address on the careers page, /jobs/{slug}: lower-case letters and "
                + "digits in words joined by hyphens; made from the title for a new opening when not given")
        @Size(max = Slugs.MAX, message = "Keep the address to 80 characters or fewer.")
        @Pattern(regexp = "^$|" + Slugs.PATTERN, message = "Use lower-case letters and digits, in words joined by single "
                + "hyphens, such as technical-account-executive-emea.")
        String slug) {

    /** An opening with the usual SuperDay fees (1,000 USD, 500 USD when the company cancels), not on the careers page. */
    public OpeningInput(String title, RoleType roleType, Long hiringManagerId, OpeningStatus status, Integer version) {
        this(title, roleType, hiringManagerId, status, version, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    static OpeningInput from(FormData form) {
        return new OpeningInput(form.text("title"), form.choice("roleType", RoleType.class), form.id("hiringManagerId"),
                form.choice("status", OpeningStatus.class), form.number("version"),
                form.amount("superdayFee"), form.amount("superdayCancellationFee"),
                form.text("superdayCurrency") == null ? null : form.text("superdayCurrency").strip().toUpperCase(java.util.Locale.ROOT),
                form.id("secondApproverId"), checkbox(form, "candidateInvitations"), form.get("description"),
                form.get("location"), form.choice("remote", Remote.class),
                form.choice("employmentType", EmploymentType.class), checkbox(form, "published"),
                form.get("slug").strip());
    }

    /** A checkbox says nothing when unticked, so the form marks that it showed it; a form without it changes nothing. */
    private static Boolean checkbox(FormData form, String name) {
        return form.text(name + "Shown") == null ? null : "true".equals(form.text(name));
    }
}
