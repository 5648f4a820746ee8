package app.rounddown.scorecard;

import app.rounddown.opening.RoleType;
import app.rounddown.pipeline.Stage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What interviewers at one stage look for and ask, for every role (the stage's kit) or for one role type. A version is
 * never changed; editing adds the next one.
 */
@Entity
@Immutable
public class InterviewKit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    public Stage stage;
    /** The role type this kit is written for; none for the stage's kit, which serves every other role. */
    @Enumerated(EnumType.STRING)
    public RoleType roleType;
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

    /** The stage's own kit, the one every role uses unless a kit is written for it. */
    public static InterviewKit current(Stage stage) {
        return find("stage = ?1 and roleType is null order by version desc", stage).firstResult();
    }

    /** The kit an interview for this role uses: its own at the stage when there is one, else the stage's. One statement. */
    public static InterviewKit currentFor(Stage stage, RoleType roleType) {
        return find("stage = ?1 and (roleType is null or roleType = ?2) "
                + "order by case when roleType is null then 1 else 0 end, version desc", stage, roleType).firstResult();
    }

    /** The newest version of exactly this kit: the stage's (no role type) or one role's, if it exists. */
    public static Optional<InterviewKit> newest(Stage stage, RoleType roleType) {
        return roleType == null ? Optional.ofNullable(current(stage))
                : find("stage = ?1 and roleType = ?2 order by version desc", stage, roleType).firstResultOptional();
    }

    /** Every version of one kit, newest first. */
    public static List<InterviewKit> versions(Stage stage, RoleType roleType) {
        return roleType == null ? list("stage = ?1 and roleType is null order by version desc", stage)
                : list("stage = ?1 and roleType = ?2 order by version desc", stage, roleType);
    }

    public static Optional<InterviewKit> version(Stage stage, RoleType roleType, int version) {
        return versions(stage, roleType).stream().filter(kit -> kit.version == version).findFirst();
    }

    /** The kits written for single roles, for the kit list: at most one line per stage and role. */
    public static List<InterviewKit> currentRoleKits() {
        return InterviewKit.<InterviewKit>list("from InterviewKit kit where kit.roleType is not null and kit.version = "
                        + "(select max(k.version) from InterviewKit k where k.stage = kit.stage and k.roleType = kit.roleType)")
                .stream().sorted(Comparator.comparing((InterviewKit kit) -> kit.stage).thenComparing(kit -> kit.roleType))
                .toList();
    }

    /** The first version of a kit for one role, starting from what this kit says. */
    public InterviewKit firstFor(RoleType role, String title, int durationMinutes, String notes, List<Criterion> criteria,
                                 List<String> questions, String author) {
        InterviewKit first = copy(title, durationMinutes, notes, criteria, questions, author);
        first.roleType = role;
        first.version = 1;
        first.persist();
        return first;
    }

    public InterviewKit nextVersion(String title, int durationMinutes, String notes, List<Criterion> criteria,
                                    List<String> questions, String author) {
        InterviewKit next = copy(title, durationMinutes, notes, criteria, questions, author);
        next.roleType = roleType;
        next.version = version + 1;
        next.persist();
        return next;
    }

    private InterviewKit copy(String title, int durationMinutes, String notes, List<Criterion> criteria,
                              List<String> questions, String author) {
        InterviewKit next = new InterviewKit();
        next.stage = stage;
        next.title = title;
        next.durationMinutes = durationMinutes;
        next.notes = notes;
        next.criteria = List.copyOf(criteria);
        next.questions = List.copyOf(questions);
        next.createdAt = Instant.now();
        next.createdBy = author;
        return next;
    }

    /** Who this kit is for, as the kit pages say it: "every role" or the role type's name. */
    public String forWhom() {
        return roleType == null ? "every role" : roleType.label();
    }

    public Criterion criterion(String key) {
        return criteria.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }
}
