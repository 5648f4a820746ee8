package app.rounddown.privacy;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The candidate's data as a ZIP, from the candidate page (admins). */
@Path("/candidates/{id}/export.zip")
public class ExportResource {
    @Inject
    CandidateExports exports;

    @GET
    public Response export(Long id) {
        return Response.ok(exports.export(id), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"candidate-" + id + ".zip\"")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }
}
