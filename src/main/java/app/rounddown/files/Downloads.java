package app.rounddown.files;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Files go out as downloads, never shown inline, under a name no header trick can break. */
public final class Downloads {
    private Downloads() {
    }

    public static Response attachment(byte[] content, String filename) {
        String ascii = filename.replaceAll("[\\r\\n\"\\\\]", "_").replaceAll("[^\\x20-\\x7e]", "_");
        return Response.ok(content, "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
