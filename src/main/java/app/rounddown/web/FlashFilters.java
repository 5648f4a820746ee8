package app.rounddown.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Hands the flash cookie to the page that renders it, then clears it so it shows once. */
public class FlashFilters {
    @Inject
    Flash flash;

    @ServerRequestFilter
    public void read(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(Flash.COOKIE);
        if (cookie != null && !cookie.getValue().isEmpty()) {
            flash.receive(cookie.getValue());
        }
    }

    @ServerResponseFilter
    public void clear(ContainerResponseContext response) {
        boolean redirect = response.getStatus() / 100 == 3;
        if (flash.received() && !redirect && !Cookies.sets(response, Flash.COOKIE)) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE,
                    new NewCookie.Builder(Flash.COOKIE).value("").path("/").maxAge(0).httpOnly(true).build());
        }
    }
}
