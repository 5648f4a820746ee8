package app.rounddown.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The OpenAPI document describes the JSON API only (pages and forms are not an API). Every operation lists the
 * error answers it can give, all in the one error shape ({@code {"message", "errors": [{"field", "message"}]}},
 * with errors on 400 only), takes a personal API token, and every POST an optional Idempotency-Key. Every field
 * of an answer is always sent, so each is required; the ones that may be null say so ({@code nullable}).
 * It runs when the app is built: the document is then written into the build, not worked out at every start.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiDocument implements OASFilter {
    static final String ERROR = "Error";
    static final String FIELD_ERROR = "FieldError";
    static final String TOKEN = "token";
    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (openAPI.getPaths() != null) {
            List.copyOf(openAPI.getPaths().getPathItems().keySet()).stream().filter(path -> !path.startsWith("/api/"))
                    .forEach(openAPI.getPaths()::removePathItem);
            openAPI.getPaths().getPathItems().forEach(this::document);
        }
        components.addSchema(ERROR, errorSchema());
        components.addSchema(FIELD_ERROR, fieldErrorSchema());
        components.addSecurityScheme(TOKEN, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").description("a personal API token made on your profile page"));
        inlineNullableReferences(components.getSchemas());
        Set<String> used = schemasUsedBy(openAPI);
        if (components.getSchemas() != null) {
            // The page resources' templates were scanned too; their schemas describe nothing a client receives.
            List.copyOf(components.getSchemas().keySet()).stream().filter(name -> !used.contains(name))
                    .forEach(components::removeSchema);
        }
        requireAnswerFields(openAPI);
    }

    private void document(String path, PathItem item) {
        item.getOperations().forEach((method, operation) -> {
            boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(TOKEN));
            error(operation, "400", "The request was not understood; errors says which field and why");
            error(operation, "401", "No valid API token").addHeader("WWW-Authenticate",
                    header("Names the authentication scheme to use"));
            error(operation, "403", "Your roles (or a read-only token) do not allow this, or the request came "
                    + "from another site");
            if (path.contains("{")) {
                error(operation, "404", "There is no record with this id");
            }
            if (writes) {
                error(operation, "409", "The record changed since you read it, or was saved from somewhere else at "
                        + "the same moment; message says who changed it and when. For a POST also: a request with "
                        + "this Idempotency-Key is still being processed");
                error(operation, "413", "The request body is too large");
                error(operation, "415", "Send the request body as JSON (Content-Type: application/json)");
                error(operation, "422", method == PathItem.HttpMethod.POST
                        ? "The rules do not allow this (message says why), or this Idempotency-Key was already used "
                        + "with a different request" : "The rules do not allow this; message says why");
            }
            error(operation, "500", "Something went wrong on our side and nothing was changed; message quotes "
                    + "the request id");
            error(operation, "503", "The database is not answering, or did not say whether the change was "
                    + "committed; read before trying again");
            if (method == PathItem.HttpMethod.POST) {
                idempotent(operation);
            }
        });
    }

    /** A POST may carry a key of the caller's choosing; sent again, the same key gets the first answer back. */
    private static void idempotent(Operation operation) {
        operation.addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER)
                .required(false).description("Any 1-200 visible ASCII characters (no spaces) of your choosing, new for each "
                        + "change. Sending the same key again with the same body gives back the first answer (with "
                        + "Idempotent-Replayed: true) instead of making the change twice; with a different body, 422.")
                .schema(type(Schema.SchemaType.STRING).minLength(1).maxLength(200).pattern("^[!-~]+$")));
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.addHeader("Idempotent-Replayed", header("true when this is the answer first given to an "
                        + "earlier request with the same Idempotency-Key"));
            }
        });
    }

    private static APIResponse error(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponse response = operation.getResponses().getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            operation.getResponses().addAPIResponse(status, response);
        }
        if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
            response.content(OASFactory.createContent().addMediaType("application/json",
                    OASFactory.createMediaType().schema(status.equals("400") ? invalidInputSchema() : ref(ERROR))));
        }
        return response;
    }

    private static Schema errorSchema() {
        return type(Schema.SchemaType.OBJECT)
                .description("Every error answer: a message a person can read; for 400, errors lists each field; "
                        + "details carries what the error is about (for a lost race: the record's id, stage, status, "
                        + "and who changed it when)")
                .addProperty("message", type(Schema.SchemaType.STRING))
                .addProperty("errors", type(Schema.SchemaType.ARRAY).items(ref(FIELD_ERROR)))
                .addProperty("details", type(Schema.SchemaType.OBJECT))
                .required(List.of("message"));
    }

    private static Schema fieldErrorSchema() {
        return type(Schema.SchemaType.OBJECT).description("What is wrong with one field (body: the request as a whole)")
                .addProperty("field", type(Schema.SchemaType.STRING))
                .addProperty("message", type(Schema.SchemaType.STRING))
                .required(List.of("field", "message"));
    }

    /** The one error shape, with its list of fields always there. */
    private static Schema invalidInputSchema() {
        return OASFactory.createSchema().addAllOf(ref(ERROR)).required(List.of("message", "errors"));
    }

    /** Answers are records written whole, so every field is there; those that may be null are marked nullable. */
    private static void requireAnswerFields(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> answers = new HashSet<>();
        Set<String> requests = new HashSet<>();
        eachOperation(openAPI, operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        reachable(List.of(schemasOf(response.getContent())), schemas, answers);
                    }
                });
            }
            if (operation.getRequestBody() != null) {
                reachable(List.of(schemasOf(operation.getRequestBody().getContent())), schemas, requests);
            }
        });
        answers.removeAll(requests);
        answers.forEach(name -> {
            Schema schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty()
                    && schema.getRequired() == null) {
                schema.setRequired(List.copyOf(schema.getProperties().keySet()));
            }
        });
    }

    /**
     * OpenAPI 3.0 cannot say "this referenced schema, or null" (a nullable allOf still refuses null), so a nullable
     * reference to a simple schema (an enum, an instant) is written out in place, with null among its values.
     */
    private static void inlineNullableReferences(Map<String, Schema> schemas) {
        if (schemas == null) {
            return;
        }
        schemas.values().stream().filter(schema -> schema.getProperties() != null).forEach(schema ->
                List.copyOf(schema.getProperties().keySet()).forEach(name -> {
                    Schema property = schema.getProperties().get(name);
                    Schema target = nullableReferenceTo(property, schemas);
                    if (target == null) {
                        return;
                    }
                    Schema inline = OASFactory.createSchema().type(new ArrayList<>(target.getType()))
                            .addType(Schema.SchemaType.NULL).format(target.getFormat())
                            .description(property.getDescription() != null ? property.getDescription()
                                    : target.getDescription());
                    if (target.getEnumeration() != null) {
                        List<Object> values = new ArrayList<>(target.getEnumeration());
                        values.add(null);
                        inline.setEnumeration(values);
                    }
                    schema.addProperty(name, inline);
                }));
    }

    /** The schema a property refers to when it is "that or null", if that is a plain value without properties. */
    private static Schema nullableReferenceTo(Schema property, Map<String, Schema> schemas) {
        List<Schema> options = property.getAnyOf();
        if (options == null || options.size() != 2) {
            return null;
        }
        Schema ref = options.stream().filter(o -> o.getRef() != null).findFirst().orElse(null);
        boolean orNull = options.stream().anyMatch(o -> List.of(Schema.SchemaType.NULL).equals(o.getType()));
        if (ref == null || !orNull || !ref.getRef().startsWith(SCHEMAS)) {
            return null;
        }
        Schema target = schemas.get(ref.getRef().substring(SCHEMAS.length()));
        return target == null || target.getType() == null || target.getProperties() != null ? null : target;
    }

    private static Set<String> schemasUsedBy(OpenAPI openAPI) {
        Set<String> used = new HashSet<>();
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        eachOperation(openAPI, operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> reachable(List.of(p.getSchema()), schemas, used));
            }
            if (operation.getRequestBody() != null) {
                reachable(List.of(schemasOf(operation.getRequestBody().getContent())), schemas, used);
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> {
                    reachable(List.of(schemasOf(response.getContent())), schemas, used);
                    if (response.getHeaders() != null) {
                        response.getHeaders().values().forEach(h -> reachable(List.of(h.getSchema()), schemas, used));
                    }
                });
            }
        });
        return used;
    }

    private static void eachOperation(OpenAPI openAPI, Consumer<Operation> action) {
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(action));
        }
    }

    private static Schema[] schemasOf(Content content) {
        return content == null || content.getMediaTypes() == null ? new Schema[0]
                : content.getMediaTypes().values().stream().map(m -> m.getSchema()).toArray(Schema[]::new);
    }

    /** Adds the names of the component schemas these schemas refer to, directly or through others. */
    private static void reachable(List<Schema> roots, Map<String, Schema> schemas, Set<String> names) {
        Deque<Schema> todo = new ArrayDeque<>();
        roots.forEach(root -> {
            if (root != null) {
                todo.add(root);
            }
        });
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                String name = schema.getRef().substring(SCHEMAS.length());
                if (names.add(name) && schemas != null && schemas.get(name) != null) {
                    todo.add(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                todo.addAll(schema.getProperties().values());
            }
            if (schema.getItems() != null) {
                todo.add(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                todo.add(schema.getAdditionalPropertiesSchema());
            }
            for (List<Schema> list : List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()),
                    nonNull(schema.getOneOf()))) {
                todo.addAll(list);
            }
        }
    }

    private static List<Schema> nonNull(List<Schema> list) {
        return list == null ? List.of() : list;
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(type(Schema.SchemaType.STRING));
    }

    private static Schema type(Schema.SchemaType type) {
        return OASFactory.createSchema().addType(type);
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(SCHEMAS + name);
    }
}
