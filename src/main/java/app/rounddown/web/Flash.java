package app.rounddown.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one-time message shown after a redirect ("Opening created"). It travels in a short-lived cookie,
 * so any app instance can show it.
 */
@RequestScoped
@Named("flash")
public class Flash {
    static final String COOKIE = "rd_flash";

    private String kind;
    private String message;
    private boolean received;

    public static Response redirect(String path, String kind, String message) {
        String value = URLEncoder.encode(kind + "|" + message, StandardCharsets.UTF_8);
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(value).path("/").maxAge(60).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(path)).cookie(cookie).build();
    }

    public static Response success(String path, String message) {
        return redirect(path, "success", message);
    }

    /**
     * Runs an action posted from a page and goes back there: with its success message, or with what the
     * person has to correct. The action returns the success message.
     */
    public static Response outcome(String path, java.util.function.Supplier<String> action) {
        try {
            return success(path, action.get());
        } catch (InvalidInput invalid) {
            return problem(path, invalid.errors().asList().get(0).message());
        }
    }

    public static Response problem(String path, String message) {
        return redirect(path, "problem", message);
    }

    void receive(String cookieValue) {
        String decoded = URLDecoder.decode(cookieValue, StandardCharsets.UTF_8);
        int bar = decoded.indexOf('|');
        if (bar > 0) {
            kind = decoded.substring(0, bar).equals("problem") ? "problem" : "success";
            message = decoded.substring(bar + 1);
            received = true;
        }
    }

    boolean received() {
        return received;
    }

    public String kind() {
        return kind;
    }

    public String message() {
        return message;
    }
}
