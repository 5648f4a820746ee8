package app.rounddown.people;

import app.rounddown.web.Flash;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Ends this browser's session on the server, so a copy of its cookie opens nothing afterwards. */
@Path("/signout")
public class SignOutResource {
    @Inject
    Authentication authentication;
    @Inject
    CurrentUser current;
    @Inject
    Sessions sessions;

    @POST
    public Response signOut() {
        current.sessionId().ifPresent(sessions::end);
        return Response.fromResponse(Flash.success("/signin", "You are signed out."))
                .cookie(authentication.signedOutCookie()).build();
    }
}
