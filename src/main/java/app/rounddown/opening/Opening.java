package app.rounddown.opening;

import app.rounddown.access.Managed;
import app.rounddown.money.Money;
import app.rounddown.people.User;
import app.rounddown.web.CompanyDefaults;
import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import app.rounddown.web.SqlValues;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Entity
public class Opening extends PanacheEntityBase implements Managed {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String title;
    @Enumerated(EnumType.STRING)
    public RoleType roleType;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hiring_manager_id")
    public User hiringManager;
    /** Approves offers together with the hiring manager. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "second_approver_id")
    public User secondApprover;
    /** The free-text name openings had before hiring managers were users; kept for those openings. */
    @Column(name = "hiring_manager")
    public String formerHiringManagerName;
    @Enumerated(EnumType.STRING)
    public OpeningStatus status = OpeningStatus.OPEN;
    @Column(updatable = false)
    public Instant createdAt = Instant.now();
    @Version
    public int version;
    /** What a SuperDay for this opening pays by default, and what the company pays when it cancels one. */
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "superday_fee"))
    @AttributeOverride(name = "currency", column = @Column(name = "superday_currency"))
    public Money superdayFee = Money.of(new BigDecimal("1000"), "USD");
    /** In the fee's currency: one column holds the currency of both. */
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "superday_cancellation_fee"))
    @AttributeOverride(name = "currency", column = @Column(name = "superday_currency", insertable = false, updatable = false))
    public Money superdayCancellationFee = Money.of(new BigDecimal("500"), "USD");

    /** Candidates get their own invitation to each interview, without any internal detail. */
    public boolean candidateInvitations = true;

    /** The job post on the careers page: plain text with the task briefs' light formatting (web/TextExtensions). */
    public String description;
    public String location;
    @Enumerated(EnumType.STRING)
    public Remote remote = Remote.ON_SITE;
    @Enumerated(EnumType.STRING)
    public EmploymentType employmentType = EmploymentType.FULL_TIME;
    /** Listed on the careers page; only an open opening can be. */
    public boolean published;
    /** When it was last published, for the careers feed. */
    public Instant publishedAt;
    /** Its address on the careers page, /jobs/{slug}: made from the title once, then changed only on purpose. */
    public String slug;

    static Opening open(OpeningInput input, User hiringManager, CompanyDefaults defaults) {
        Opening opening = new Opening();
        opening.superdayFee = Money.of(defaults.superdayFee(), defaults.superdayCurrency());
        opening.superdayCancellationFee = Money.of(defaults.superdayCancellationFee(), defaults.superdayCurrency());
        opening.apply(input, hiringManager);
        if (opening.slug == null) {
            opening.slug = freeSlug(Slugs.of(opening.title));
        }
        opening.persist();
        return opening;
    }

    void apply(OpeningInput input, User manager, User second) {
        secondApprover = second;
        apply(input, manager);
    }

    void apply(OpeningInput input, User manager) {
        title = input.title().strip();
        roleType = input.roleType();
        hiringManager = manager;
        if (input.status() != null) {
            status = input.status();
        }
        if (input.candidateInvitations() != null) {
            candidateInvitations = input.candidateInvitations();
        }
        applyPost(input);
        String currency = input.superdayCurrency() != null ? input.superdayCurrency() : superdayFee.currency();
        superdayFee = Money.of(input.superdayFee() != null ? input.superdayFee() : superdayFee.amount(), currency);
        superdayCancellationFee = Money.of(input.superdayCancellationFee() != null ? input.superdayCancellationFee()
                : superdayCancellationFee.amount(), currency);
    }

    /** The job-post fields: those not given stay as they are; closing an opening takes it off the careers page. */
    private void applyPost(OpeningInput input) {
        if (input.description() != null) {
            description = input.description().isBlank() ? null : input.description().strip();
        }
        if (input.location() != null) {
            location = input.location().isBlank() ? null : input.location().strip();
        }
        if (input.remote() != null) {
            remote = input.remote();
        }
        if (input.employmentType() != null) {
            employmentType = input.employmentType();
        }
        if (input.slug() != null && !input.slug().isBlank()) {
            slug = input.slug();
        }
        if (input.published() != null && input.published() != published) {
            published = input.published();
            publishedAt = published ? Instant.now() : publishedAt;
        }
        if (status == OpeningStatus.CLOSED) {
            published = false;
        }
    }

    /** The address itself when no opening has it, otherwise the first of address-2, address-3... that is free. */
    static String freeSlug(String base) {
        String slug = base;
        for (int n = 2; count("slug", slug) > 0; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    public static java.util.Optional<Opening> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public boolean isOpen() {
        return status == OpeningStatus.OPEN;
    }

    /** A page of openings, open ones first, with their hiring managers. */
    public static Page<Opening> page(PageRequest request) {
        return page(request, "", null, null);
    }

    /**
     * Open ones first, by title; narrowed to titles containing {@code titleText} (any case; "" for all), a status
     * and a role type when given.
     */
    public static Page<Opening> page(PageRequest request, String titleText, OpeningStatus status, RoleType roleType) {
        String where = " where (:text = '' or lower(o.title) like :pattern escape '\\')"
                + " and (:status is null or o.status = :status) and (:roleType is null or o.roleType = :roleType)";
        String pattern = SqlValues.containing(titleText);
        List<Opening> openings = getEntityManager().createQuery("select o from Opening o left join fetch o.hiringManager"
                        + where + " order by o.status desc, lower(o.title), o.id", Opening.class)
                .setParameter("text", titleText).setParameter("pattern", pattern).setParameter("status", status)
                .setParameter("roleType", roleType)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = getEntityManager().createQuery("select count(o) from Opening o" + where, Long.class)
                .setParameter("text", titleText).setParameter("pattern", pattern).setParameter("status", status)
                .setParameter("roleType", roleType).getSingleResult();
        return Page.of(openings, request, total);
    }

    @Override
    public Long hiringManagerId() {
        return hiringManager == null ? null : hiringManager.id;
    }

    @Override
    public Long secondApproverId() {
        return secondApprover == null ? null : secondApprover.id;
    }

    public String hiringManagerName() {
        return hiringManager != null ? hiringManager.name : formerHiringManagerName == null ? "" : formerHiringManagerName;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("roleType", roleType);
        fields.put("hiringManager", hiringManagerName());
        fields.put("status", status);
        fields.put("secondApprover", secondApprover == null ? null : secondApprover.name);
        fields.put("superdayFee", superdayFee.toString());
        fields.put("superdayCancellationFee", superdayCancellationFee.toString());
        fields.put("candidateInvitations", candidateInvitations);
        fields.put("description", description);
        fields.put("location", location);
        fields.put("remote", remote);
        fields.put("employmentType", employmentType);
        fields.put("published", published);
        fields.put("slug", slug);
        return fields;
    }
}
