package app.rounddown.candidate;

import app.rounddown.web.InvalidInput;
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

@Path("/api/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
public class CandidateApi {

    @GET
    public Page<CandidateView> search(@QueryParam("q") String text, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        return CandidateSearch.page(text, PageRequest.parse(page, size)).map(CandidateView::of);
    }

    @GET
    @Path("{id}")
    public CandidateView get(Long id) {
        return CandidateView.of(find(id));
    }

    @POST
    @Transactional
    public Response create(@Valid @NotNull(message = "Send the candidate as a JSON object.") CandidateInput input) {
        requireEmailFree(input.email(), null);
        Candidate candidate = Candidate.register(input);
        return Response.created(URI.create("/api/candidates/" + candidate.id)).entity(CandidateView.of(candidate)).build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    public CandidateView update(Long id, @Valid @NotNull(message = "Send the candidate as a JSON object.") CandidateInput input) {
        Candidate candidate = find(id);
        Versions.requireUnchanged(input.version(), candidate.version);
        requireEmailFree(input.email(), id);
        candidate.apply(input);
        candidate.flush();
        return CandidateView.of(candidate);
    }

    static void requireEmailFree(String email, Long exceptId) {
        Candidate.emailTakenBy(email, exceptId).ifPresent(other -> {
            throw InvalidInput.of("email", emailTakenMessage(other));
        });
    }

    static String emailTakenMessage(Candidate other) {
        return "Another candidate, " + other.name + ", already uses this e-mail address.";
    }

    public static Candidate find(Long id) {
        Candidate candidate = Candidate.findById(id);
        if (candidate == null) {
            throw new NotFoundException("There is no candidate with id " + id + ".");
        }
        return candidate;
    }
}
