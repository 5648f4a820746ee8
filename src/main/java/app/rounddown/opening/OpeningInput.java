package app.rounddown.opening;

import app.rounddown.web.FormData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person fills in to create or edit an opening, from a page form or the JSON API. */
public record OpeningInput(
        @NotBlank(message = "Enter a title for the opening.")
        @Size(max = 200, message = "Keep the title to 200 characters or fewer.")
        String title,
        @NotNull(message = "Choose a role type.")
        RoleType roleType,
        @NotNull(message = "Choose the hiring manager.")
        Long hiringManagerId,
        OpeningStatus status,
        Integer version) {

    static OpeningInput from(FormData form) {
        return new OpeningInput(form.text("title"), form.choice("roleType", RoleType.class), form.id("hiringManagerId"),
                form.choice("status", OpeningStatus.class), form.number("version"));
    }
}
