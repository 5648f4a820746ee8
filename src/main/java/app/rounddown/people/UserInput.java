package app.rounddown.people;

import app.rounddown.web.FormData;
import app.rounddown.web.IanaTimeZone;
import app.rounddown.web.SingleLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** A user as an admin fills them in. Nobody types another person's password: they set their own from a link. */
public record UserInput(
        @NotBlank(message = "Enter the person's name.")
        @Size(max = 200, message = "Keep the name to 200 characters or fewer.")
        @SingleLine
        String name,
        @NotBlank(message = "Enter the person's work e-mail address.")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "Enter an e-mail address like name@example.com.")
        @Size(max = 254, message = "Keep the e-mail address to 254 characters or fewer.")
        @SingleLine
        String email,
        @NotBlank(message = "Choose the person's time zone.")
        @IanaTimeZone
        String timeZone,
        @NotEmpty(message = "Give the person at least one role.")
        Set<Role> roles,
        Integer version) {

    static UserInput from(FormData form) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : form.all("roles")) {
            try {
                roles.add(Role.valueOf(value));
            } catch (IllegalArgumentException ignored) {
                // an unknown role from a tampered form is simply not granted
            }
        }
        return new UserInput(form.text("name"), form.text("email"), form.text("timeZone"), roles,
                form.number("version"));
    }
}
