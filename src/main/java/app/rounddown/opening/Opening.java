package app.rounddown.opening;

import app.rounddown.access.Managed;
import app.rounddown.money.Money;
import app.rounddown.people.User;
import app.rounddown.web.CompanyDefaults;
import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
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

    static Opening open(OpeningInput input, User hiringManager, CompanyDefaults defaults) {
        Opening opening = new Opening();
        opening.superdayFee = Money.of(defaults.superdayFee(), defaults.superdayCurrency());
        opening.superdayCancellationFee = Money.of(defaults.superdayCancellationFee(), defaults.superdayCurrency());
        opening.apply(input, hiringManager);
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
        String currency = input.superdayCurrency() != null ? input.superdayCurrency() : superdayFee.currency();
        superdayFee = Money.of(input.superdayFee() != null ? input.superdayFee() : superdayFee.amount(), currency);
        superdayCancellationFee = Money.of(input.superdayCancellationFee() != null ? input.superdayCancellationFee()
                : superdayCancellationFee.amount(), currency);
    }

    public boolean isOpen() {
        return status == OpeningStatus.OPEN;
    }

    /** A page of openings, open ones first, with their hiring managers. */
    public static Page<Opening> page(PageRequest request) {
        List<Opening> openings = getEntityManager().createQuery("select o from Opening o "
                        + "left join fetch o.hiringManager order by o.status desc, lower(o.title), o.id", Opening.class)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return Page.of(openings, request, count());
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
        return fields;
    }
}
