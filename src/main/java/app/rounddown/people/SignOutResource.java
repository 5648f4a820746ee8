package app.rounddown.people;

import app.rounddown.web.Flash;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@Path("/signout")
public class SignOutResource {
    @Inject
    Authentication authentication;

    @POST
    public Response signOut() {
        return Response.fromResponse(Flash.success("/signin", "You are signed out."))
                .cookie(authentication.signedOutCookie()).build();
    }
}
