package app.rounddown.superday;

import app.rounddown.files.StoredFile;
import app.rounddown.money.Money;
import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The paid trial day of one application: its agenda, the task it released, what came back, and the fee. */
@Entity
@Table(name = "superday")
public class SuperDay extends PanacheEntityBase {
    /** The candidate's link stops working this long after the day ends. */
    public static final Duration LINK_LIFETIME = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    public Application application;
    public String candidateZone;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_version_id")
    public TaskVersion taskVersion;
    @Enumerated(EnumType.STRING)
    public SuperDayStatus status = SuperDayStatus.SCHEDULED;
    public String prepareNotes = "";
    public String portalNonce;
    public String portalTokenHash;
    public Instant portalRevokedAt;
    public Instant releasedAt;
    public String releasedBy;
    public Instant startsAt;
    public Instant endsAt;
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "fee"))
    @AttributeOverride(name = "currency", column = @Column(name = "currency"))
    public Money fee;
    /** In the fee's currency: one column holds the currency of both. */
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "cancellation_fee"))
    @AttributeOverride(name = "currency", column = @Column(name = "currency", insertable = false, updatable = false))
    public Money cancellationFee;
    public Instant cancelledAt;
    public String cancelledReason;
    public Boolean cancelledByCompany;
    public boolean donateFee;
    public boolean paymentDetailsCollected;
    @Enumerated(EnumType.STRING)
    public TaxForm taxForm = TaxForm.NONE;
    public boolean taxFormReceived;
    public LocalDate paidOn;
    public boolean contractChecked;
    public boolean channelCreated;
    public boolean holdsSent;
    public boolean kickoffInviteSent;
    /** Whom the candidate asks about the day: the person who scheduled it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    public User contact;
    /** The SEQUENCE of the calendar requests mailed for this day; a change or a cancellation raises it. */
    public int calendarSequence;
    /** When the hiring manager was reminded to decide (24 hours after the day), and told it is overdue (48 hours). */
    public Instant decisionNudgedAt;
    public Instant decisionOverdueNudgedAt;
    @Column(updatable = false)
    public Instant createdAt = Instant.now();
    public String createdBy;
    @Version
    public int version;
    @OneToMany(mappedBy = "superDay", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Block> blocks = new ArrayList<>();

    /** Everyone taking part in some block, each once, for their calendar files. */
    public List<User> people() {
        Map<Long, User> people = new LinkedHashMap<>();
        blocks.forEach(b -> b.participants.forEach(p -> people.putIfAbsent(p.id, p)));
        return List.copyOf(people.values());
    }

    public ZoneId zone() {
        return ZoneId.of(candidateZone);
    }

    /** Replaces the agenda; the day's start and end follow its first and last block. */
    public void plan(List<Block> agenda) {
        blocks.clear();
        int position = 0;
        for (Block block : agenda) {
            block.superDay = this;
            block.position = position++;
            blocks.add(block);
        }
        startsAt = agenda.stream().map(b -> b.startsAt).min(Instant::compareTo).orElseThrow();
        endsAt = agenda.stream().map(Block::endsAt).max(Instant::compareTo).orElseThrow();
    }

    /**
     * The hiring manager needs no reminder to decide on this day: demo data, and days that were over before anyone
     * could have been reminded.
     */
    public void markDecisionNudged(Instant at) {
        decisionNudgedAt = at;
        decisionOverdueNudgedAt = at;
    }

    /** Who takes part in which block, as it is now; a change of the agenda is compared against it. */
    public SuperDayChanged.Before asBefore() {
        return new SuperDayChanged.Before(candidateZone, fee, cancellationFee, blocks.stream()
                .map(b -> new SuperDayChanged.Slot(b.position, b.kind, b.startsAt, b.minutes,
                        b.participants.stream().map(p -> p.id).toList())).toList());
    }

    /** When the task appears for the candidate unless released early: the start of kick-off, else of the day. */
    public Instant kickOff() {
        return blocks.stream().filter(b -> b.kind == BlockKind.KICK_OFF).map(b -> b.startsAt)
                .min(Instant::compareTo).orElse(startsAt);
    }

    /** Submissions after this are accepted and marked late. */
    public Instant deadline() {
        return endsAt;
    }

    public boolean isReleased() {
        return releasedAt != null;
    }

    public boolean isCancelled() {
        return status == SuperDayStatus.CANCELLED;
    }

    public boolean mayRelease() {
        return !isReleased() && taskVersion != null && !status.isOver();
    }

    /** Hands the task to the candidate, freezing the version they receive. */
    void releaseTask(Instant at, String by) {
        if (!mayRelease()) {
            throw new IllegalStateException("nothing to release");
        }
        releasedAt = at;
        releasedBy = by;
        taskVersion.freeze(at);
        if (status == SuperDayStatus.SCHEDULED || status == SuperDayStatus.CONFIRMED) {
            status = SuperDayStatus.IN_PROGRESS;
        }
    }

    /** At kick-off the task appears by itself, if a task was chosen and the day is still on. */
    public boolean isReleaseDue(Instant now) {
        return mayRelease() && !now.isBefore(kickOff());
    }

    /** The release time recorded is kick-off, not the moment someone first looked. */
    public boolean releaseIfDue(Instant now) {
        if (isReleaseDue(now)) {
            releaseTask(kickOff(), "kick-off time");
            return true;
        }
        return false;
    }

    /**
     * Whether the candidate has the task at this moment: released early or by the kick-off job, or kick-off has
     * come and the job has not run yet. Pages ask this, so looking at a SuperDay never has to change it.
     */
    public boolean taskOutAt(Instant now) {
        return isReleased() || isReleaseDue(now);
    }

    /** Since when the candidate has had the task, or null before that. */
    public Instant taskOutSince(Instant now) {
        return isReleased() ? releasedAt : isReleaseDue(now) ? kickOff() : null;
    }

    public boolean acceptsSubmissionsAt(Instant now) {
        return taskOutAt(now) && !status.isOver();
    }

    /** Cancelling is for a day that has not begun: once the task is out, the candidate is paid the full fee. */
    public boolean mayCancel() {
        return status == SuperDayStatus.SCHEDULED || status == SuperDayStatus.CONFIRMED;
    }

    public boolean acceptsSubmissions() {
        return isReleased() && !status.isOver();
    }

    public Submission submit(String links, String notes, List<StoredFile> files, Instant now) {
        Submission submission = new Submission();
        submission.superDay = this;
        submission.version = (int) Submission.count("superDay.id", id) + 1;
        submission.submittedAt = now;
        submission.late = now.isAfter(deadline());
        submission.links = links;
        submission.notes = notes;
        submission.files = new ArrayList<>(files);
        submission.persist();
        if (status == SuperDayStatus.IN_PROGRESS) {
            status = SuperDayStatus.SUBMITTED;
        }
        return submission;
    }

    public boolean portalValidAt(Instant now) {
        return portalRevokedAt == null && !isCancelled() && now.isBefore(endsAt.plus(LINK_LIFETIME));
    }

    void cancel(String reason, boolean byCompany, Instant now) {
        status = SuperDayStatus.CANCELLED;
        calendarSequence++;
        cancelledReason = reason;
        cancelledByCompany = byCompany;
        cancelledAt = now;
    }

    /** What is owed: the fee once the day is done, the cancellation fee if the company called it off. */
    public Money amountDue() {
        if (isCancelled()) {
            return Boolean.TRUE.equals(cancelledByCompany) ? cancellationFee : Money.zero(fee.currency());
        }
        return fee;
    }

    /** The fee and the cancellation fee, set together since they are in one currency. */
    public void charge(Money dayFee, BigDecimal cancelled) {
        fee = dayFee;
        cancellationFee = Money.of(cancelled, dayFee.currency());
    }

    public PaymentStatus paymentStatus(Instant now) {
        if (paidOn != null) {
            return donateFee ? PaymentStatus.DONATED : PaymentStatus.PAID;
        }
        if (amountDue().isZero()) {
            return PaymentStatus.NOT_DUE;
        }
        return isCancelled() || !now.isBefore(endsAt) ? PaymentStatus.DUE : PaymentStatus.NOT_DUE;
    }

    /** The finance batch this day's payment belongs to. */
    public LocalDate payBy() {
        LocalDate day = (isCancelled() ? cancelledAt : endsAt).atZone(zone()).toLocalDate();
        return PaymentBatch.dueBy(day);
    }

    /**
     * Why finance cannot pay this day yet, or empty when it can: payment details must be collected and a needed tax form
     * received (a donated fee needs neither).
     */
    public Optional<String> notPayableBecause() {
        if (donateFee) {
            return Optional.empty();
        }
        if (!paymentDetailsCollected) {
            return Optional.of("payment details not collected");
        }
        if (taxFormNeeded() && !taxFormReceived) {
            return Optional.of(taxForm.label() + " not received");
        }
        return Optional.empty();
    }

    public boolean taxFormNeeded() {
        return !donateFee && taxForm != TaxForm.NONE;
    }

    /** A suggested name for the candidate's private chat channel. */
    public String channelName() {
        String slug = application.candidate.name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "#superday-" + (slug.isEmpty() ? String.valueOf(id) : slug);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("status", status);
        fields.put("candidateZone", candidateZone);
        fields.put("startsAt", startsAt);
        fields.put("endsAt", endsAt);
        fields.put("task", taskVersion == null ? null : taskVersion.label());
        fields.put("fee", fee.toString());
        fields.put("donateFee", donateFee);
        fields.put("paymentDetailsCollected", paymentDetailsCollected);
        fields.put("taxForm", taxForm);
        fields.put("taxFormReceived", taxFormReceived);
        fields.put("paidOn", paidOn);
        fields.put("contractChecked", contractChecked);
        fields.put("channelCreated", channelCreated);
        fields.put("holdsSent", holdsSent);
        fields.put("kickoffInviteSent", kickoffInviteSent);
        return fields;
    }
}
