package app.rounddown.careers;

import app.rounddown.opening.EmploymentType;
import app.rounddown.opening.Remote;
import app.rounddown.opening.RoleType;
import app.rounddown.web.TextExtensions;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The published openings as JSON, for a company website to list: any site may read it from a browser (it holds
 * only what the careers page shows anyway).
 */
@Path("/jobs.json")
public class JobFeedResource {

    public record Feed(String company, String url, List<Job> jobs) {
    }

    /** One opening; descriptionHtml is the description as the careers page shows it, safe to place in a page. */
    public record Job(String title, String slug, String url, String location, Remote remote,
                      EmploymentType employmentType, RoleType roleType, String roleTypeLabel, String description,
                      String descriptionHtml, Instant publishedAt) {
    }

    @Inject
    ConsentText consent;
    @ConfigProperty(name = "rounddown.public-url")
    String publicUrl;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response feed() {
        String base = publicUrl.strip().replaceAll("/+$", "");
        List<Job> jobs = JobPost.published().stream().map(post -> new Job(post.title(), post.slug(),
                base + "/jobs/" + post.slug(), post.location(), post.remote(), post.employmentType(), post.roleType(),
                post.roleType().label(), post.description(), TextExtensions.richText(post.description()).toString(),
                post.publishedAt())).toList();
        return Response.ok(new Feed(consent.company(), base + "/jobs", jobs))
                .header("Access-Control-Allow-Origin", "*").header("Cache-Control", "public, max-age=300").build();
    }
}
