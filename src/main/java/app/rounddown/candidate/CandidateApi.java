package app.rounddown.candidate;

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
@Path("/api/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
public class CandidateApi {
    @Inject
    Candidates candidates;

    @GET
    @Operation(summary = "Candidates, newest first; q searches any part of a name or e-mail")
    public Page<CandidateView> search(@QueryParam("q") String text, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        return CandidateSearch.page(text, PageRequest.parse(page, size)).map(CandidateView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One candidate")
    public CandidateView get(Long id) {
        return CandidateView.of(Candidates.find(id));
    }

    @POST
    @Operation(summary = "Add a candidate")
    @APIResponse(responseCode = "201", description = "Added; Location names the new candidate",
            content = @Content(schema = @Schema(implementation = CandidateView.class)))
    public Response create(@Valid @NotNull(message = "Send the candidate as a JSON object.") CandidateInput input) {
        Candidate candidate = candidates.register(input);
        return Response.created(URI.create("/api/candidates/" + candidate.id)).entity(CandidateView.of(candidate)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a candidate's profile; send the version you read")
    public CandidateView update(Long id, @Valid @NotNull(message = "Send the candidate as a JSON object.") CandidateInput input) {
        return CandidateView.of(candidates.revise(id, input));
    }
}
