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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A hiring manager's decision to recalculate one quarter's team target after someone leaves. */
@Entity
public class TeamTargetRecalculation extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    public User manager;
    public LocalDate quarterStart;
    public BigDecimal target;
    public BigDecimal previousTarget;
    public String recalculatedBy;
    public Instant recalculatedAt = Instant.now();

    public static Optional<TeamTargetRecalculation> latest(User manager, LocalDate quarterStart) {
        return find("manager.id = ?1 and quarterStart = ?2 order by recalculatedAt desc, id desc", manager.id, quarterStart)
                .firstResultOptional();
    }
}
