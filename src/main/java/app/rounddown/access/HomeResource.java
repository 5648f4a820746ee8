package app.rounddown.access;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

@Path("/")
public class HomeResource {
    @Inject
    Access access;

    /** Everyone lands where their work is: the pipeline, or an interviewer's own interviews. */
    @GET
    public Response home() {
        return Response.seeOther(URI.create(access.readsPipeline() ? "/openings" : "/interviews")).build();
    }
}
