package app.rounddown.superday;

import app.rounddown.opening.RoleType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A SuperDay task of one role type; what candidates receive is always one of its {@link TaskVersion}s. */
@Entity
@Table(name = "superday_task")
public class Task extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    public RoleType roleType;
    @Column(updatable = false)
    public Instant createdAt = Instant.now();

    public static TaskVersion create(RoleType roleType, TaskVersion.Content content, String by) {
        Task task = new Task();
        task.roleType = roleType;
        task.persist();
        return TaskVersion.first(task, content, by);
    }
}
