package app.rounddown.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Deque;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/** A posted form with a NUL character in any text field is refused before any page's code sees it ({@link StorableText}). */
public class FormTextFilter {

    @WithFormRead
    @ServerRequestFilter(priority = Priorities.USER)
    public Optional<Response> refuseNul(ContainerRequestContext request) {
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
}
