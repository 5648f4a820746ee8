package app.rounddown.scorecard;

import app.rounddown.pipeline.Stage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What interviewers at one stage look for and ask. A version is never changed; editing adds the next one. */
@Entity
@Immutable
public class InterviewKit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    public Stage stage;
    public int version;
    public String title;
    public int durationMinutes;
    public String notes;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Criterion> criteria;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> questions;
    public Instant createdAt;
    public String createdBy;

    /** One thing to rate; culture criteria can veto a candidate at any stage. */
    public record Criterion(String key, String name, String guidance, boolean culture) {
    }

    public static InterviewKit current(Stage stage) {
        return find("stage = ?1 order by version desc", stage).firstResult();
    }

    public InterviewKit nextVersion(String title, int durationMinutes, String notes, List<Criterion> criteria,
                                    List<String> questions, String author) {
        InterviewKit next = new InterviewKit();
        next.stage = stage;
        next.version = version + 1;
        next.title = title;
        next.durationMinutes = durationMinutes;
        next.notes = notes;
        next.criteria = List.copyOf(criteria);
        next.questions = List.copyOf(questions);
        next.createdAt = Instant.now();
        next.createdBy = author;
        next.persist();
        return next;
    }

    public Criterion criterion(String key) {
        return criteria.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }
}
