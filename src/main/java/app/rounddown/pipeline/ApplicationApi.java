package app.rounddown.pipeline;

import app.rounddown.web.Found;
import app.rounddown.web.Idempotent;
import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Idempotent
@Path("/api/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "A candidate in the pipeline of one opening, and every change to it.")
public class ApplicationApi {
    private static final String BODY = "Send the request body as a JSON object.";
    private static final String STALE = "The application changed since seenStage (and seenStatus) was read, or, "
            + "without seenStatus, while this request waited its turn; message says who changed it and when";

    @Inject
    Applications actions;

    @GET
    @Operation(summary = "Applications, filtered by opening, candidate, stage and status")
    public Page<ApplicationView> list(@QueryParam("openingId") String openingId,
                                      @QueryParam("candidateId") String candidateId,
                                      @QueryParam("stage") String stage, @QueryParam("status") String status,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        return ApplicationQuery.parse(openingId, candidateId, stage, status).page(PageRequest.parse(page, size))
                .map(ApplicationView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application")
    public ApplicationView get(Long id) {
        return ApplicationView.of(find(id));
    }

    @GET
    @Path("{id}/events")
    @Operation(summary = "The history of an application, newest first")
    public List<EventView> events(Long id) {
        Application application = find(id);
        return ApplicationEvent.timelineOf(List.of(application.id), 500).stream().map(EventView::of).toList();
    }

    @POST
    @Operation(summary = "Put a candidate into an opening's pipeline, at Applied")
    @APIResponse(responseCode = "201", description = "Added at Applied",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response create(@Valid @NotNull(message = BODY) ApplicationInputs.NewApplication input) {
        Application application = actions.start(input);
        return Response.created(URI.create("/api/applications/" + application.id))
                .entity(ApplicationView.of(application)).build();
    }

    @POST
    @Path("{id}/moves")
    @Operation(summary = "Move one stage forward or back")
    @APIResponse(responseCode = "201", description = "Done: the application and the event it recorded",
            content = @Content(schema = @Schema(implementation = Change.class)))
    @APIResponse(responseCode = "409", description = STALE)
    @APIResponse(responseCode = "422", description = "The pipeline rules forbid the move (the interview gate, or a hire "
            + "without an accepted offer)")
    public Response move(Long id, @Valid @NotNull(message = BODY) ApplicationInputs.Move input) {
        return changed(id, actions.move(id, input));
    }

    @POST
    @Path("{id}/rejections")
    @Operation(summary = "Reject, with a reason; the application keeps its stage")
    @APIResponse(responseCode = "201", description = "Done: the application and the event it recorded",
            content = @Content(schema = @Schema(implementation = Change.class)))
    @APIResponse(responseCode = "409", description = STALE)
    @APIResponse(responseCode = "422", description = "The application is not active")
    public Response reject(Long id, @Valid @NotNull(message = BODY) ApplicationInputs.Rejection input) {
        return changed(id, actions.reject(id, input));
    }

    @POST
    @Path("{id}/withdrawals")
    @Operation(summary = "Record that the candidate withdrew, with a reason")
    @APIResponse(responseCode = "201", description = "Done: the application and the event it recorded",
            content = @Content(schema = @Schema(implementation = Change.class)))
    @APIResponse(responseCode = "409", description = STALE)
    @APIResponse(responseCode = "422", description = "The application is not active")
    public Response withdraw(Long id, @Valid @NotNull(message = BODY) ApplicationInputs.Withdrawal input) {
        return changed(id, actions.withdraw(id, input));
    }

    @POST
    @Path("{id}/reopenings")
    @Operation(summary = "Reopen a rejected or withdrawn application at the stage where it left")
    @APIResponse(responseCode = "201", description = "Done: the application and the event it recorded",
            content = @Content(schema = @Schema(implementation = Change.class)))
    @APIResponse(responseCode = "409", description = STALE)
    @APIResponse(responseCode = "422", description = "The application is not rejected or withdrawn")
    public Response reopen(Long id, @Valid @NotNull(message = BODY) ApplicationInputs.Reopening input) {
        return changed(id, actions.reopen(id, input));
    }

    @POST
    @Path("{id}/overrides")
    @Operation(summary = "Move one stage forward although the interview gate refused, with a written reason; "
            + "an admin may also hire this way without an accepted offer")
    @APIResponse(responseCode = "201", description = "Done: the application and the event it recorded",
            content = @Content(schema = @Schema(implementation = Change.class)))
    @APIResponse(responseCode = "409", description = STALE)
    @APIResponse(responseCode = "422", description = "Nothing to override, or a hire without an accepted offer by "
            + "someone other than an admin")
    public Response override(Long id, @Valid @NotNull(message = BODY) ApplicationInputs.Override input) {
        return changed(id, actions.overrideForward(id, input));
    }

    private static Response changed(Long id, ApplicationEvent event) {
        return Response.created(URI.create("/api/applications/" + id + "/events"))
                .entity(new Change(ApplicationView.of(find(id)), EventView.of(event))).build();
    }

    static Application find(Long id) {
        return Found.or404(Application.<Application>find("from Application a join fetch a.candidate "
                + "join fetch a.opening where a.id = ?1", id).firstResult(), "application", id);
    }

    public record Change(ApplicationView application, EventView event) {
    }
}
