package app.rounddown.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

@TemplateExtension
public final class TextExtensions {
    private TextExtensions() {
    }

    /** For values placed inside a link's query string. */
    public static String urlEncoded(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
