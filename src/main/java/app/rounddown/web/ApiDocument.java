package app.rounddown.web;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The OpenAPI document describes the JSON API only (pages and forms are not an API), and every operation lists
 * the error answers it can give, all in the one error shape: {@code {"message", "errors": [{"field", "message"}]}}.
 */
public class ApiDocument implements OASFilter {
    private static final String ERROR = "#/components/schemas/Error";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null) {
            List.copyOf(openAPI.getPaths().getPathItems().keySet()).stream().filter(path -> !path.startsWith("/api/"))
                    .forEach(openAPI.getPaths()::removePathItem);
            openAPI.getPaths().getPathItems().forEach(this::documentErrors);
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Error", errorSchema());
    }

    private void documentErrors(String path, PathItem item) {
        item.getOperations().forEach((method, operation) -> {
            error(operation, "400", "The request was not understood; errors says which field and why");
            error(operation, "401", "No valid credentials");
            error(operation, "403", "Your roles do not allow this");
            if (path.contains("{")) {
                error(operation, "404", "There is no record with this id");
            }
            if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
                error(operation, "409", "The record changed since you read it; message says who changed it and when");
            }
            error(operation, "503", "The database is not answering; nothing was read or changed");
        });
    }

    private static void error(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ERROR)))));
    }

    private static Schema errorSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(Map.of("field", text, "message", text));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Every error answer: a message a person can read; for 400, errors lists each field")
                .properties(Map.of("message", text,
                        "errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError),
                        "details", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)))
                .required(List.of("message"));
    }
}
