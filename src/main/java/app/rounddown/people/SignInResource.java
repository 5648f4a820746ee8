package app.rounddown.people;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

@Path("/signin")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signin(String email, String next, String problem, List<DemoAccount> demoAccounts,
                                             String demoPassword);
    }

    /** Shown on the sign-in page in dev mode only, so people trying the app know how to get in. */
    public record DemoAccount(String email, String roles) {
    }

    @Inject
    SignIns signIns;
    @Inject
    Authentication authentication;
    @Inject
    Sessions sessions;
    @ConfigProperty(name = "rounddown.demo-data")
    boolean demo;

    @GET
    public TemplateInstance show(@QueryParam("next") String next) {
        return Templates.signin("", safeNext(next), null, demoAccounts(), DemoPeople.PASSWORD);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String email, @RestForm String password, @RestForm String next,
                           @Context HttpServerRequest request) {
        String address = ClientAddress.of(request);
        SignIns.Outcome outcome = signIns.attempt(email, password, address);
        if (outcome instanceof SignIns.Success success) {
            String secret = sessions.start(success.user().id, request.getHeader(HttpHeaders.USER_AGENT), address);
            return Response.seeOther(URI.create(safeNext(next))).cookie(authentication.cookieFor(secret)).build();
        }
        Response.ResponseBuilder answer = outcome instanceof SignIns.Wait wait
                ? Response.status(429).header(HttpHeaders.RETRY_AFTER, wait.seconds()) : Response.status(400);
        String problem = outcome instanceof SignIns.Wait wait ? wait.message() : SignIns.WRONG_MESSAGE;
        return answer.entity(Templates.signin(email == null ? "" : email, safeNext(next), problem, demoAccounts(),
                DemoPeople.PASSWORD)).build();
    }

    private List<DemoAccount> demoAccounts() {
        return demo ? DemoPeople.ACCOUNTS : List.of();
    }

    /** Only a path on this site, so the sign-in page cannot be used to send people elsewhere. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/signin") || next.length() > 500) {
            return "/";
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getAuthority() == null ? next : "/";
        } catch (URISyntaxException notAPath) {
            return "/";
        }
    }
}
