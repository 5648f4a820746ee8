package app.rounddown.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * A NUL character anywhere a request carries text (the address's parts and parameters, a posted form's fields) is
 * refused, naming the field, before any page's code sees it ({@link StorableText}): a board filtered by it would
 * otherwise fail in the database.
 */
public class RequestTextFilter {

    @WithFormRead
    @ServerRequestFilter(priority = Priorities.USER)
    public Optional<Response> refuseNul(ContainerRequestContext request) {
        refuseIn(request.getUriInfo().getPathParameters());
        refuseIn(request.getUriInfo().getQueryParameters());
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        FormData form = context == null ? null : context.getFormData();
        if (form == null) {
            return Optional.empty();
        }
        for (String name : form) {
            Deque<FormValue> values = form.get(name);
            if (values != null && values.stream().anyMatch(value -> !value.isFileItem()
                    && StorableText.hasNul(value.getValue()))) {
                throw InvalidInput.of(name, StorableText.NUL);
            }
        }
        return Optional.empty();
    }

    private static void refuseIn(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().stream().anyMatch(StorableText::hasNul)) {
                throw InvalidInput.of(parameter.getKey(), StorableText.NUL);
            }
        }
    }
}
