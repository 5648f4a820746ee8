package app.rounddown.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Serves {@link Assets}. */
@Path("/assets/{version}/{name}")
public class AssetResource {

    @GET
    public Response asset(@PathParam("version") String version, @PathParam("name") String name) {
        Assets.Asset asset = Assets.named(name).orElseThrow(NotFoundException::new);
        // Another version is asked for while instances of two builds serve side by side: this instance's content
        // is answered, but never cached, so the other build's path is not filled with it for a year.
        String caching = asset.version().equals(version) ? Assets.CACHED_FOR_A_YEAR : "no-cache";
        return Response.ok(asset.content(), asset.type()).header(HttpHeaders.CACHE_CONTROL, caching).build();
    }
}
