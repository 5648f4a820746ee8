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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
     * Every recorded quarter of a manager's team, by member and oldest first, in one statement (by the manager, not a
     * list of members: Hibernate translates a query with a list parameter again on every run). Read as plain values: a
     * team lead's hundred people have several hundred quarters, and loaded as entities (each kept and compared for
     * changes when the request ends) they were a sixth of the offer page's time.
     */
    public static Map<Long, List<PerformanceLine.Quarter>> quartersOfTeam(User manager) {
        Map<Long, List<PerformanceLine.Quarter>> quarters = new HashMap<>();
        for (Object[] row : getEntityManager().createQuery("select a.member.id, a.quarterStart, a.attainmentPercent "
                        + "from QuarterlyAttainment a where a.member.manager.id = ?1 order by a.quarterStart", Object[].class)
                .setParameter(1, manager.id).getResultList()) {
            quarters.computeIfAbsent((Long) row[0], member -> new ArrayList<>())
                    .add(new PerformanceLine.Quarter((LocalDate) row[1], (Integer) row[2]));
        }
        return quarters;
    }
}
