package app.rounddown.candidate;

import app.rounddown.web.FormData;
import app.rounddown.web.IanaTimeZone;
import app.rounddown.web.SingleLine;
import app.rounddown.web.WebAddress;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A candidate's profile as a person types it, from a page form or the JSON API. */
public record CandidateInput(
        @NotBlank(message = "Enter the candidate's name.")
        @Size(max = 200, message = "Keep the name to 200 characters or fewer.")
        @SingleLine
        String name,
        @NotBlank(message = "Enter the candidate's e-mail address.")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "Enter an e-mail address like name@example.com.")
        @Size(max = 254, message = "Keep the e-mail address to 254 characters or fewer.")
        @SingleLine
        String email,
        @Pattern(regexp = "^$|^\\+?[0-9 ()./-]{5,40}$", message = "Enter a phone number with digits, spaces and an optional leading +.")
        @SingleLine
        String phone,
        @Size(max = 200, message = "Keep the location to 200 characters or fewer.")
        @SingleLine
        String location,
        @NotBlank(message = "Choose the candidate's time zone.")
        @IanaTimeZone
        String timeZone,
        @NotNull(message = "Choose where the candidate came from.")
        Source source,
        @WebAddress
        @Size(max = 500, message = "Keep the LinkedIn address to 500 characters or fewer.")
        @SingleLine
        String linkedinUrl,
        @WebAddress
        @Size(max = 500, message = "Keep the CV address to 500 characters or fewer.")
        @SingleLine
        String cvUrl,
        @Size(max = 10000, message = "Keep the notes to 10,000 characters or fewer.")
        String notes,
        Integer version) {

    static CandidateInput from(FormData form) {
        return new CandidateInput(form.text("name"), form.text("email"), form.text("phone"), form.text("location"),
                form.text("timeZone"), form.choice("source", Source.class), form.text("linkedinUrl"), form.text("cvUrl"),
                form.text("notes"), form.number("version"));
    }
}
