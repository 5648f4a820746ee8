package app.rounddown.decision;

import app.rounddown.money.Money;
import app.rounddown.opening.RoleType;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An offer built from the sales pay plan: on-target earnings split into base and commission, and a quota. */
@Entity
public class Offer extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    public Application application;
    @Enumerated(EnumType.STRING)
    public RoleType roleType;
    /** On-target earnings a year, in the currency of the whole offer. */
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "ote"))
    @AttributeOverride(name = "currency", column = @Column(name = "currency"))
    public Money ote;
    public int basePercent;
    public String basePercentReason;
    /** Money for TAEs and TAMs, opportunities for BDRs; TO_CONFIRM for BDR offers drafted before the difference. */
    @Enumerated(EnumType.STRING)
    public QuotaUnit quotaUnit = QuotaUnit.MONEY;
    public BigDecimal annualQuota;
    public LocalDate startDate;
    /** A team lead's commission follows this manager's team; null for every other role. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_manager_id")
    public User teamManager;
    /** Whether the first three months pay 100% of OTE fixed: the role type's setting when the terms were saved. */
    public boolean rampGuaranteed = true;
    @Enumerated(EnumType.STRING)
    public OfferStatus status = OfferStatus.DRAFT;
    public String managerApprovedBy;
    public Instant managerApprovedAt;
    public String secondApprovedBy;
    public Instant secondApprovedAt;
    public Instant sentAt;
    public Instant answeredAt;
    /** The last time changed terms cleared approvals: when, by whom, which terms, whose approvals. */
    public Instant approvalsResetAt;
    public String approvalsResetBy;
    public String approvalsResetTerms;
    public String approvalsResetCleared;
    public String createdBy;
    @Column(updatable = false)
    public Instant createdAt = Instant.now();
    @Version
    public int version;

    /** The terms a hiring manager sets. */
    public record Terms(BigDecimal ote, String currency, Integer basePercent, String basePercentReason,
                        BigDecimal annualQuota, LocalDate startDate, Long teamManagerId) {
    }

    public static Optional<Offer> of(long applicationId) {
        return find("application.id", applicationId).firstResultOptional();
    }

    /**
     * Only a real change of terms starts the approvals again: what was approved is no longer what is on the page.
     * Saving the same terms changes nothing. Returns the terms that changed, in words.
     */
    List<String> revise(Terms terms, String by, Instant at) {
        List<String> changed = changesFrom(terms);
        if (changed.isEmpty()) {
            return changed;
        }
        ote = Money.of(terms.ote(), terms.currency());
        basePercent = terms.basePercent();
        basePercentReason = reasonOf(terms);
        annualQuota = terms.annualQuota();
        quotaUnit = PayPlan.quotaUnit(roleType);
        rampGuaranteed = RampGuarantee.guaranteed(roleType);
        teamManager = isTeamLead() ? User.findById(terms.teamManagerId()) : null;
        startDate = terms.startDate();
        List<String> approvers = approvers();
        if (!approvers.isEmpty()) {
            approvalsResetAt = at;
            approvalsResetBy = by;
            approvalsResetTerms = cut(String.join(", ", changed));
            approvalsResetCleared = cut(String.join(" and ", approvers));
        }
        managerApprovedAt = null;
        managerApprovedBy = null;
        secondApprovedAt = null;
        secondApprovedBy = null;
        status = OfferStatus.DRAFT;
        return changed;
    }

    /** The terms that differ from these, as people name them; amounts compare by value (120000 is 120000.00). */
    private List<String> changesFrom(Terms terms) {
        List<String> changed = new ArrayList<>();
        if (ote == null) {
            return List.of("every term");
        }
        if (ote.amount().compareTo(terms.ote()) != 0 || !ote.currency().equals(terms.currency())) {
            changed.add("on-target earnings");
        }
        if (basePercent != terms.basePercent() || !Objects.equals(basePercentReason, reasonOf(terms))) {
            changed.add("pay mix");
        }
        if (annualQuota.compareTo(terms.annualQuota()) != 0 || quotaUnit != PayPlan.quotaUnit(roleType)) {
            changed.add("quota");
        }
        if (rampGuaranteed != RampGuarantee.guaranteed(roleType)) {
            changed.add("ramp guarantee");
        }
        if (isTeamLead() && (teamManager == null || !teamManager.id.equals(terms.teamManagerId()))) {
            changed.add("team followed");
        }
        if (!startDate.equals(terms.startDate())) {
            changed.add("start date");
        }
        return changed;
    }

    private static String reasonOf(Terms terms) {
        return terms.basePercentReason() == null || terms.basePercentReason().isBlank() ? null
                : terms.basePercentReason().strip();
    }

    /** Who has approved these terms so far. */
    public List<String> approvers() {
        List<String> names = new ArrayList<>();
        if (managerApprovedAt != null) {
            names.add(managerApprovedBy);
        }
        if (secondApprovedAt != null) {
            names.add(secondApprovedBy);
        }
        return names;
    }

    private static String cut(String text) {
        return text.length() > 500 ? text.substring(0, 497) + "..." : text;
    }

    public PayPlan.Split split() {
        return PayPlan.split(ote.amount(), ote.currency(), basePercent);
    }

    public List<PayPlan.AttainmentRow> whatIf() {
        return PayPlan.whatIf(split(), quarterlyQuota(), rampGuaranteed);
    }

    public PayPlan.RampPay rampPay() {
        return PayPlan.rampPay(split(), rampGuaranteed);
    }

    public LocalDate firstPayoutDate() {
        return PayPlan.firstPayoutDate(startDate, rampGuaranteed);
    }

    public LocalDate firstCommissionDay() {
        return PayPlan.firstCommissionDay(startDate, rampGuaranteed);
    }

    public BigDecimal quarterlyQuota() {
        return PayPlan.quarterlyQuota(annualQuota);
    }

    public int defaultBasePercent() {
        return PayPlan.defaultBasePercent(roleType);
    }

    public boolean isTeamLead() {
        return roleType == RoleType.SALES_TEAM_LEAD;
    }

    /** The team whose quota the offer page shows: the followed team for a team lead, else the hiring manager's. */
    public User team() {
        return teamManager != null ? teamManager : application.opening.hiringManager;
    }

    /** "From your first full quarter as a team lead in Sales". */
    public LocalDate firstFullQuarterAsLead() {
        return PayPlan.firstFullQuarter(startDate);
    }

    public boolean isEditable() {
        return status == OfferStatus.DRAFT || status == OfferStatus.APPROVED;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ote", ote.toString());
        fields.put("basePercent", basePercent);
        fields.put("basePercentReason", basePercentReason);
        fields.put("annualQuota", annualQuota);
        fields.put("quotaUnit", quotaUnit);
        fields.put("startDate", startDate);
        fields.put("rampGuaranteed", rampGuaranteed);
        if (teamManager != null) {
            fields.put("teamManager", teamManager.name);
        }
        fields.put("status", status);
        return fields;
    }
}
