package app.rounddown.privacy;

import app.rounddown.web.Clock;
import app.rounddown.web.PageRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The admins' list of candidates due for erasure, with when each was last active and when they will go. */
@Path("/privacy/retention")
@Produces(MediaType.TEXT_HTML)
public class RetentionResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Retention.RetentionPage retention);
    }

    @Inject
    Retention retention;
    @Inject
    Clock clock;

    @GET
    public TemplateInstance page(@QueryParam("page") String page) {
        return Templates.page(retention.page(PageRequest.parse(page, null), clock.now()));
    }
}
