package app.rounddown.decision;

import app.rounddown.opening.RoleType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An admin's choice, per role type, of whether the first three months pay 100% of OTE fixed. */
@Entity
public class RampGuarantee extends PanacheEntityBase {
    @Id
    @Enumerated(EnumType.STRING)
    public RoleType roleType;
    public boolean guaranteed;
    public String updatedBy;
    public Instant updatedAt = Instant.now();

    /** The setting for one role type: the admin's choice, or the pay plan's default. */
    public static boolean guaranteed(RoleType role) {
        return RampGuarantee.<RampGuarantee>findByIdOptional(role).map(g -> g.guaranteed)
                .orElse(PayPlan.rampGuaranteedByDefault(role));
    }

    /** Every role type's setting, read in one statement. */
    public static Map<RoleType, Boolean> all() {
        Map<RoleType, RampGuarantee> chosen = RampGuarantee.<RampGuarantee>listAll().stream()
                .collect(Collectors.toMap(g -> g.roleType, Function.identity()));
        return Arrays.stream(RoleType.values()).collect(Collectors.toMap(Function.identity(),
                r -> chosen.containsKey(r) ? chosen.get(r).guaranteed : PayPlan.rampGuaranteedByDefault(r),
                (a, b) -> a, () -> new java.util.EnumMap<>(RoleType.class)));
    }

    public static List<RoleType> roleTypes() {
        return List.of(RoleType.values());
    }
}
