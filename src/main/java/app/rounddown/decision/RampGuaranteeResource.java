package app.rounddown.decision;

import app.rounddown.opening.RoleType;
import app.rounddown.people.CurrentUser;
import app.rounddown.web.Flash;
import app.rounddown.web.FormData;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Admins decide per role type whether the first three months pay 100% of OTE fixed. */
@Path("/ramp-guarantees")
@Produces(MediaType.TEXT_HTML)
public class RampGuaranteeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(Map<RoleType, Boolean> settings);
    }

    @Inject
    RampGuarantees guarantees;
    @Inject
    CurrentUser current;

    @GET
    public TemplateInstance show() {
        return Templates.settings(RampGuarantee.all());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> posted) {
        Set<RoleType> guaranteed = EnumSet.noneOf(RoleType.class);
        for (String value : FormData.of(posted).all("guaranteed")) {
            for (RoleType role : RoleType.values()) {
                if (role.name().equals(value)) {
                    guaranteed.add(role);
                }
            }
        }
        int changed = guarantees.set(guaranteed, current.require().name);
        return Flash.success("/ramp-guarantees", changed == 0 ? "Nothing changed."
                : "Ramp guarantees saved; offers take them when their terms are next saved.");
    }
}
