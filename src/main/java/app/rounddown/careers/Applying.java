package app.rounddown.careers;

import app.rounddown.web.IanaTimeZone;
import app.rounddown.web.SingleLine;
import app.rounddown.web.WebAddress;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Locale;

/** What a candidate types on the application form (the CV is checked on its own), with the messages they read. */
record Applying(
        @NotBlank(message = "Enter your name.")
        @Size(max = 200, message = "Keep your name to 200 characters or fewer.")
        @SingleLine
        String name,
        @NotBlank(message = "Enter your e-mail address, so we can reply.")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "Enter an e-mail address like name@example.com.")
        @Size(max = 254, message = "Keep the e-mail address to 254 characters or fewer.")
        @SingleLine
        String email,
        @Pattern(regexp = "^$|^\\+?[0-9 ()./-]{5,40}$", message = "Enter a phone number with digits, spaces and an optional leading +.")
        @SingleLine
        String phone,
        @WebAddress
        @Size(max = 500, message = "Keep the LinkedIn address to 500 characters or fewer.")
        @SingleLine
        String linkedinUrl,
        @Size(max = 2000, message = "Keep the note to 2,000 characters or fewer.")
        String note,
        @NotNull(message = "Choose how you heard about us.")
        HeardFrom heardFrom,
        @Size(max = 200, message = "Keep the name of the person who referred you to 200 characters or fewer.")
        @SingleLine
        String referrer,
        @NotBlank(message = "Choose your time zone, such as Europe/London, so interviews are offered at sensible times.")
        @IanaTimeZone
        String timeZone,
        @AssertTrue(message = "Tick the box to agree to how we keep your application; we cannot consider it otherwise.")
        boolean consent) {

    static final String LINKEDIN = "Give the address of your LinkedIn profile, such as https://www.linkedin.com/in/your-name.";

    static Applying from(ApplicationPost post) {
        return new Applying(post.name, post.email, post.phone, blankToNull(post.linkedinUrl), post.note,
                choice(post.heardFrom), blankToNull(post.referrer), post.timeZone == null ? null : post.timeZone.strip(),
                "true".equals(post.consent));
    }

    /** A LinkedIn address is on linkedin.com (any of its country sites); another site's address is a mistake. */
    boolean linkedinElsewhere() {
        if (linkedinUrl == null) {
            return false;
        }
        try {
            String host = URI.create(linkedinUrl.strip()).getHost();
            return host != null && !(host.toLowerCase(Locale.ROOT).equals("linkedin.com")
                    || host.toLowerCase(Locale.ROOT).endsWith(".linkedin.com"));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    private static HeardFrom choice(String value) {
        if (value == null || value.isBlank()) {
            return HeardFrom.CAREERS_PAGE;
        }
        try {
            return HeardFrom.valueOf(value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
