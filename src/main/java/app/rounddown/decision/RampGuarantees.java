package app.rounddown.decision;

import app.rounddown.audit.Audit;
import app.rounddown.opening.RoleType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** An admin sets, per role type, whether the first three months are guaranteed; each change is audited. */
@ApplicationScoped
public class RampGuarantees {
    @Inject
    Audit audit;

    /** The role types listed are guaranteed, the others not; returns how many settings changed. */
    @Transactional
    public int set(Set<RoleType> guaranteed, String by) {
        Map<RoleType, Boolean> before = RampGuarantee.all();
        int changed = 0;
        for (RoleType role : RoleType.values()) {
            boolean now = guaranteed.contains(role);
            if (before.get(role) == now) {
                continue;
            }
            RampGuarantee setting = RampGuarantee.<RampGuarantee>findByIdOptional(role).orElseGet(() -> {
                RampGuarantee created = new RampGuarantee();
                created.roleType = role;
                return created;
            });
            setting.guaranteed = now;
            setting.updatedBy = by;
            setting.updatedAt = Instant.now();
            setting.persist();
            audit.changed("ramp-guarantee", role.ordinal(), "Ramp guarantee for " + role.label() + ": "
                    + (now ? "100% of OTE fixed for the first 3 months" : "no guaranteed commission during ramp"),
                    Map.of("guaranteed", before.get(role)), Map.of("guaranteed", now), null);
            changed++;
        }
        return changed;
    }
}
