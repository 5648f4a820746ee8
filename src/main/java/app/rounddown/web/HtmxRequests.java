package app.rounddown.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Requests htmx makes: some addresses answer them with a fragment and a browser with the whole page. Every HTML
 * answer says it varies with htmx's header, so a browser's cache (back button, history restore) never shows a bare
 * fragment where the page was, or the page inside a panel.
 */
public final class HtmxRequests {
    public static final String HEADER = "HX-Request";

    private HtmxRequests() {
    }

    /** Whether the request came from htmx (it sends the header with the value {@code true}). */
    public static boolean asked(String header) {
        return "true".equals(header);
    }

    public static class VaryFilter {
        @ServerResponseFilter
        public void add(ContainerResponseContext response) {
            MediaType type = response.getMediaType();
            if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                response.getHeaders().add("Vary", HEADER);
            }
        }
    }
}
