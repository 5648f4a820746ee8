package app.rounddown.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads the Idempotency-Key of an API POST and fingerprints the request (method, path, query and body), so that
 * {@link Idempotency} can tell a retry from a different request sent with the same key.
 */
public class IdempotencyFilter {
    @Inject
    IdempotencyKey idempotencyKey;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 20)
    public Optional<Response> read(ContainerRequestContext request) {
        String key = request.getHeaderString(IdempotencyKey.HEADER);
        if (key == null || !"POST".equals(request.getMethod()) || !ErrorMappers.isApi(request.getUriInfo())) {
            return Optional.empty();
        }
        if (!IdempotencyKey.wellFormed(key)) {
            return Optional.of(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.of(
                    FieldErrors.of(IdempotencyKey.HEADER, "Use 1 to 200 visible ASCII characters, such as a UUID.")))
                    .build());
        }
        byte[] body;
        try {
            body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        String target = "POST " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery() + "\n";
        byte[] head = target.getBytes(StandardCharsets.UTF_8);
        byte[] what = new byte[head.length + body.length];
        System.arraycopy(head, 0, what, 0, head.length);
        System.arraycopy(body, 0, what, head.length, body.length);
        idempotencyKey.set(key, Digests.sha256(what));
        return Optional.empty();
    }
}
