package app.rounddown.reports;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A report page whose filters were refused answers 400, as every form with a validation error does (house rule 5): it
 * still shows the report for the range it fell back to, with the messages beside the fields, so the person sees
 * what to change without losing what they typed.
 */
public class RefusedFilters {
    @Inject
    Reports reports;

    @ServerResponseFilter
    public void status(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 200 && request.getUriInfo().getPath().startsWith("/reports")
                && MediaType.TEXT_HTML_TYPE.isCompatible(response.getMediaType()) && reports.refused()) {
            response.setStatus(400);
        }
    }
}
