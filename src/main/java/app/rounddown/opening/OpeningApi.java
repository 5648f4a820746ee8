package app.rounddown.opening;

import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import app.rounddown.web.Versions;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/openings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Openings")
public class OpeningApi {

    @GET
    public Page<OpeningView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return OpeningList.page(PageRequest.parse(page, size)).map(OpeningView::of);
    }

    @GET
    @Path("{id}")
    public OpeningView get(Long id) {
        return OpeningView.of(find(id));
    }

    @POST
    @Transactional
    public Response create(@Valid @NotNull(message = "Send the opening as a JSON object.") OpeningInput input) {
        Opening opening = Opening.open(input);
        return Response.created(URI.create("/api/openings/" + opening.id)).entity(OpeningView.of(opening)).build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    public OpeningView update(Long id, @Valid @NotNull(message = "Send the opening as a JSON object.") OpeningInput input) {
        Opening opening = find(id);
        Versions.requireUnchanged(input.version(), opening.version);
        opening.apply(input);
        opening.flush();
        return OpeningView.of(opening);
    }

    static Opening find(Long id) {
        Opening opening = Opening.findById(id);
        if (opening == null) {
            throw new NotFoundException("There is no opening with id " + id + ".");
        }
        return opening;
    }
}
