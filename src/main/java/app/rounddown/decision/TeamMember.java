package app.rounddown.decision;

import app.rounddown.opening.RoleType;
import app.rounddown.people.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Someone on a hiring manager's team, with the quota that counts toward the team's. */
@Entity
public class TeamMember extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    public User manager;
    public String name;
    public LocalDate startsOn;
    /** The last day on the team; null while they stay. */
    public LocalDate endsOn;
    public BigDecimal annualQuota;
    public Long offerId;
    @Enumerated(EnumType.STRING)
    public QuotaUnit quotaUnit = QuotaUnit.MONEY;
    /** Null for members added before roles were recorded. */
    @Enumerated(EnumType.STRING)
    public RoleType roleType;

    public static List<TeamMember> of(User manager) {
        return list("manager.id = ?1 order by startsOn, id", manager.id);
    }

    TeamQuota.Member asMember() {
        return new TeamQuota.Member(startsOn, endsOn, PayPlan.quarterlyQuota(annualQuota), quotaUnit);
    }
}
