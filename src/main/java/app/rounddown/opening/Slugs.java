package app.rounddown.opening;

import java.text.Normalizer;
import java.util.Locale;

/** An opening's address on the careers page: lower-case letters and digits in words joined by hyphens. */
public final class Slugs {
    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX = 80;

    private Slugs() {
    }

    /** "Technical Account Executive (EMEA)" becomes "technical-account-executive-emea"; accents lose their marks. */
    public static String of(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX - 10) {
            slug = slug.substring(0, MAX - 10).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "opening" : slug;
    }
}
