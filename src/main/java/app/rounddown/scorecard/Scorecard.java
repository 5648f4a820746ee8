package app.rounddown.scorecard;

import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Stage;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One interviewer's write-up of one stage. A draft until submitted; then locked, and amended only by a new revision. */
@Entity
public class Scorecard extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;
    @Enumerated(EnumType.STRING)
    public Stage stage;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interviewer_id")
    public User interviewer;
    public int revision = 1;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kit_id")
    public InterviewKit kit;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, CriterionRating> ratings = new LinkedHashMap<>();
    public Integer overall;
    public String takeaways;
    public String mildConcerns;
    public String askNext;
    public Instant submittedAt;
    public String amendReason;
    public Boolean sawOthers;
    public Instant updatedAt = Instant.now();
    @Version
    public int version;

    /** A criterion's rating: 1-4, or null for "not assessed", with a note. */
    public record CriterionRating(@Schema(nullable = true) Integer score, @Schema(nullable = true) String note) {
    }

    static Scorecard draft(Application application, Stage stage, User interviewer, InterviewKit kit) {
        Scorecard card = new Scorecard();
        card.application = application;
        card.stage = stage;
        card.interviewer = interviewer;
        card.kit = kit;
        card.persist();
        return card;
    }

    /** Loads what views of the card show, for a card handed out of its transaction. */
    Scorecard loaded() {
        org.hibernate.Hibernate.initialize(kit);
        org.hibernate.Hibernate.initialize(interviewer);
        org.hibernate.Hibernate.initialize(application);
        return this;
    }

    /** A card written and submitted in one go, for data loaded from elsewhere (the demo set). */
    public static Scorecard submitted(Assignment assignment, ScorecardInput input, Instant at) {
        Scorecard card = draft(assignment.application, assignment.stage, assignment.interviewer,
                InterviewKit.currentFor(assignment.stage, assignment.application.opening.roleType));
        card.fill(input, at);
        card.submit(false, at);
        return card;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    void fill(ScorecardInput input, Instant now) {
        if (isSubmitted()) {
            throw new IllegalStateException("a submitted card is changed only by an amendment");
        }
        ratings = new LinkedHashMap<>(input.ratings());
        overall = input.overall();
        takeaways = input.takeaways();
        mildConcerns = input.mildConcerns();
        askNext = input.askNext();
        updatedAt = now;
    }

    void submit(boolean sawOtherCards, Instant now) {
        submittedAt = now;
        sawOthers = sawOtherCards;
        updatedAt = now;
    }

    /** A later change of mind: a new revision with a reason; the earlier one stays as it was. */
    Scorecard amend(ScorecardInput input, String reason, boolean sawOtherCards, Instant now) {
        Scorecard next = new Scorecard();
        next.application = application;
        next.stage = stage;
        next.interviewer = interviewer;
        next.kit = kit;
        next.revision = revision + 1;
        next.amendReason = reason;
        next.persist();
        next.fill(input, now);
        next.submit(sawOtherCards, now);
        return next;
    }

    public List<Integer> assessedScores() {
        return ratings.values().stream().map(CriterionRating::score).filter(java.util.Objects::nonNull).toList();
    }

    public boolean isSoftThree() {
        return overall != null && RoundDown.softThree(overall, assessedScores(),
                mildConcerns != null && !mildConcerns.isBlank());
    }

    public boolean writtenIndependently() {
        return Boolean.FALSE.equals(sawOthers);
    }

    public String overallWord() {
        return overall == null ? "" : RoundDown.word(overall);
    }

    /** The culture criterion this card scored a Strong No, if any. */
    public String cultureStrongNo() {
        for (InterviewKit.Criterion criterion : kit.criteria) {
            CriterionRating rating = ratings.get(criterion.key());
            if (criterion.culture() && rating != null && Integer.valueOf(1).equals(rating.score())) {
                return criterion.name();
            }
        }
        return null;
    }
}
