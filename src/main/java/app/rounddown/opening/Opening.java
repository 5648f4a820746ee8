package app.rounddown.opening;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
public class Opening extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String title;
    @Enumerated(EnumType.STRING)
    public RoleType roleType;
    public String hiringManager;
    @Enumerated(EnumType.STRING)
    public OpeningStatus status = OpeningStatus.OPEN;
    @Column(updatable = false)
    public Instant createdAt = Instant.now();
    @Version
    public int version;

    public static Opening open(OpeningInput input) {
        Opening opening = new Opening();
        opening.apply(input);
        opening.persist();
        return opening;
    }

    public void apply(OpeningInput input) {
        title = input.title().strip();
        roleType = input.roleType();
        hiringManager = input.hiringManager().strip();
        if (input.status() != null) {
            status = input.status();
        }
    }

    public boolean isOpen() {
        return status == OpeningStatus.OPEN;
    }
}
