package app.rounddown.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request gets an id: sent back as X-Request-Id, written on each log line of the request and in the access
 * log, and shown on error pages, so a person's "it broke" can be found in the log. An id from a proxy in front is
 * kept when it looks like one.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    void register(@Observes Filters filters) {
        filters.register(request -> {
            String offered = request.request().getHeader(HEADER);
            String id = offered != null && ACCEPTED.matcher(offered).matches() ? offered : newId();
            request.response().putHeader(HEADER, id);
            MDC.put(MDC_KEY, id);
            request.next();
        }, 1000);
    }

    /** The id of the request being served, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    static String newId() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
