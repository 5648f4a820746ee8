package app.rounddown.decision;

import app.rounddown.people.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The percent of their quarterly target a team member reached in one finished quarter. */
@Entity
public class QuarterlyAttainment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_member_id")
    public TeamMember member;
    public LocalDate quarterStart;
    public int attainmentPercent;
    public String recordedBy;
    public Instant recordedAt = Instant.now();

    /**
     * Every recorded quarter of a manager's team, in one statement (by the manager, not a list of members: Hibernate
     * translates a query with a list parameter again on every run).
     */
    public static List<QuarterlyAttainment> ofTeam(User manager) {
        return list("member.manager.id = ?1 order by quarterStart", manager.id);
    }

    PerformanceLine.Quarter asQuarter() {
        return new PerformanceLine.Quarter(quarterStart, attainmentPercent);
    }
}
