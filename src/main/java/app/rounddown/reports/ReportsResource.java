package app.rounddown.reports;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The reports area's front page: what each report answers, with a link to it. */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
public class ReportsResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index();
    }

    @GET
    public TemplateInstance index() {
        return Templates.index();
    }
}
