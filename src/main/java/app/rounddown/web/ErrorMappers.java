package app.rounddown.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into words a person understands: JSON under /api, a page elsewhere. Never a stack
 * trace.
 */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidInput e, UriInfo uri) {
        return respond(uri, 400, ApiError.of(e.errors()), "Please check what you entered",
                e.errors().asList().get(0).message());
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        return invalid(new InvalidInput(FieldErrors.from(e.getConstraintViolations())), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? fieldOf(m) : "";
        String message = "The request body is not valid JSON.";
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "Use one of: " + Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")) + ".";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() == String.class) {
            message = f.getOriginalMessage();
        } else if (e instanceof JsonMappingException && !field.isEmpty()) {
            message = "This value has the wrong type.";
        }
        return invalid(InvalidInput.of(field.isEmpty() ? "body" : field, message), uri);
    }

    /** A unique rule the checks before writing could not see (two people saving at the same moment). */
    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        String constraint = e.getConstraintName() == null ? "" : e.getConstraintName();
        if (constraint.contains("interview_assignment_key")) {
            return invalid(InvalidInput.of("interviewerId", "This person is already assigned to this interview."), uri);
        }
        if (constraint.contains("scorecard_revision_key") || constraint.contains("interview_kit_stage_version_key")
                || constraint.contains("superday_task_version_key") || constraint.contains("offer_application_id_key")
                || constraint.contains("comparison_reveal_pkey") || constraint.contains("superday_submission_key")
                || constraint.contains("superday_live_application_key") || constraint.contains("decision_application_id_key")) {
            String message = "This was saved from somewhere else at the same moment; reload to see it, then try again.";
            return respond(uri, 409, ApiError.of(message), "Saved elsewhere meanwhile", message);
        }
        if (constraint.contains("app_user_email_key")) {
            return invalid(InvalidInput.of("email", "Another account already uses this e-mail address."), uri);
        }
        if (constraint.contains("candidate_email_key")) {
            return invalid(InvalidInput.of("email", "Another candidate already uses this e-mail address."), uri);
        }
        if (constraint.contains("application_candidate_opening_key")) {
            return invalid(InvalidInput.of("openingId", "This candidate is already in the pipeline for this opening."),
                    uri);
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response notAllowed(ActionNotAllowed e, UriInfo uri) {
        return respond(uri, 422, ApiError.of(e.getMessage()), "That move is not allowed", e.getMessage());
    }

    @ServerExceptionMapper
    public Response lostRace(LostRace e, UriInfo uri) {
        return respond(uri, 409, ApiError.of(e.getMessage()), "Someone else got there first", e.getMessage());
    }

    @ServerExceptionMapper
    public Response editedMeanwhile(OptimisticLockException e, UriInfo uri) {
        String message = "Someone else saved a change to this record after you opened it. Nothing of yours was saved; "
                + "reload to see their change, then make yours again.";
        return respond(uri, 409, ApiError.of(message), "Someone else got there first", message);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        String message = e.getMessage() != null && e.getMessage().startsWith("There is no")
                ? e.getMessage() : "There is nothing at this address.";
        return respond(uri, 404, ApiError.of(message), "Not found", message);
    }

    @ServerExceptionMapper
    public Response forbidden(jakarta.ws.rs.ForbiddenException e, UriInfo uri) {
        String message = e.getMessage() != null && !e.getMessage().startsWith("HTTP 403")
                ? e.getMessage() : "You do not have access to this.";
        return respond(uri, 403, ApiError.of(message), "Not available to you", message);
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e, UriInfo uri) {
        return respond(uri, 405, ApiError.of("This address does not accept that kind of request."), "Not allowed",
                "This address does not accept that kind of request.");
    }

    @ServerExceptionMapper(priority = 5000)
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String message = status == 415 ? "Send the request body as JSON (Content-Type: application/json)."
                : status == 406 ? "This address answers in JSON or HTML only." : "The request could not be understood.";
        if (status == 400) {
            return invalid(InvalidInput.of("body", message), uri);
        }
        return respond(uri, status, ApiError.of(message), "Request not understood", message);
    }

    /** The first answer to this Idempotency-Key, sent again without doing the work again. */
    @ServerExceptionMapper
    public Response replayed(IdempotentAnswers.Replayed e) {
        return Response.status(e.status).type(MediaType.APPLICATION_JSON_TYPE).header(IdempotencyKey.REPLAYED, "true")
                .entity(e.body.isEmpty() ? null : e.body).build();
    }

    @ServerExceptionMapper
    public Response idempotencyConflict(IdempotencyConflict e, UriInfo uri) {
        return respond(uri, e.status, ApiError.of(e.getMessage()), "Already in use", e.getMessage());
    }

    @ServerExceptionMapper
    public Response outcomeUnknown(CommitOutcomeUnknown e, UriInfo uri) {
        return commitOutcomeUnknown(e, uri);
    }

    private Response commitOutcomeUnknown(Throwable e, UriInfo uri) {
        LOG.warn("Database connection lost while committing on " + uri.getPath() + ": " + e.getMessage());
        String message = "The database connection was lost while saving, so your change may or may not have been "
                + "saved. Check before doing it again; from a script, retry with the same Idempotency-Key, which is "
                + "always safe." + quoteRequestId();
        return respond(uri, 503, ApiError.of(message), "Not sure it was saved", message);
    }

    @ServerExceptionMapper(priority = 6000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.causes(e) && DatabaseOutage.duringCommit(e)) {
            return commitOutcomeUnknown(e, uri);
        }
        if (DatabaseOutage.causes(e)) {
            LOG.warn("Database unreachable on " + uri.getPath() + ": " + e.getMessage());
            String message = "The database is not answering right now, so nothing was read or changed. "
                    + "Please try again in a minute." + quoteRequestId();
            return respond(uri, 503, ApiError.of(message), "Temporarily unavailable", message);
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        String message = "Something went wrong on our side and nothing was changed. Please try again." + quoteRequestId();
        return respond(uri, 500, ApiError.of(message), "Something went wrong", message);
    }

    public static Response respond(UriInfo uri, int status, ApiError body, String title, String message) {
        if (isApi(uri)) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(ErrorPages.problem(title, message)).build();
    }

    /** Lets a person's report of a failure be found in the log. */
    private static String quoteRequestId() {
        String id = RequestIds.current();
        return id == null ? "" : " If it keeps happening, tell us and quote this request id: " + id + ".";
    }

    static boolean isApi(UriInfo uri) {
        String path = uri.getPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String fieldOf(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "")
                .filter(name -> !name.isEmpty()).reduce((first, second) -> second).orElse("");
    }
}
