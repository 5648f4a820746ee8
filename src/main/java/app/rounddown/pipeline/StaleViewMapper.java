package app.rounddown.pipeline;

import app.rounddown.web.ApiError;
import app.rounddown.web.ErrorMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A lost race on an application: 409 with who changed it and when, as JSON or as a page. */
public class StaleViewMapper {
    @ServerExceptionMapper
    public Response stale(StaleView e, UriInfo uri) {
        String message = StaleMessage.of(e);
        Map<String, Object> details = Map.of("applicationId", e.applicationId, "stage", e.stage, "status", e.status,
                "changedBy", e.changedBy, "changedAt", e.changedAt.toString());
        return ErrorMappers.respond(uri, 409, new ApiError(message, null, details), "Someone else got there first", message);
    }
}
