package app.rounddown.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

/** Whether a response already sets a given cookie, so filters never overwrite each other's. */
public final class Cookies {
    private Cookies() {
    }

    public static boolean sets(ContainerResponseContext response, String name) {
        var values = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        return values != null && values.stream().anyMatch(value -> value instanceof NewCookie cookie
                ? cookie.getName().equals(name) : String.valueOf(value).startsWith(name + "="));
    }
}
