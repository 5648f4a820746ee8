package app.rounddown.opening;

import app.rounddown.web.Idempotent;
import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Idempotent
@Path("/api/openings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Openings")
public class OpeningApi {

    @GET
    @Operation(summary = "Openings, open ones first")
    public Page<OpeningView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return Opening.page(PageRequest.parse(page, size)).map(OpeningView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One opening")
    public OpeningView get(Long id) {
        return OpeningView.of(Openings.find(id));
    }

    @Inject
    Openings openings;

    @POST
    @Operation(summary = "Create an opening")
    @APIResponse(responseCode = "201", description = "Created; Location names the new opening",
            content = @Content(schema = @Schema(implementation = OpeningView.class)))
    public Response create(@Valid @NotNull(message = "Send the opening as a JSON object.") OpeningInput input) {
        Opening opening = openings.open(input);
        return Response.created(URI.create("/api/openings/" + opening.id)).entity(OpeningView.of(opening)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an opening; send the version you read")
    public OpeningView update(Long id, @Valid @NotNull(message = "Send the opening as a JSON object.") OpeningInput input) {
        return OpeningView.of(openings.revise(id, input));
    }
}
