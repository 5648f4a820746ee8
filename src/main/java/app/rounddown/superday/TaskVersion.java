package app.rounddown.superday;

import app.rounddown.files.StoredFile;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One wording of a task. Once any SuperDay has released it, it is frozen: a later edit makes a new version,
 * so every candidate who received this version provably got the same task.
 */
@Entity
@Table(name = "superday_task_version")
public class TaskVersion extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    public Task task;
    public int version;
    public String title;
    public String brief;
    public String deliverables;
    @jakarta.persistence.Column(name = "more_than_a_day")
    public boolean moreThanADay;
    public Instant frozenAt;
    @Column(updatable = false)
    public Instant createdAt = Instant.now();
    public String createdBy;
    @Version
    public int rowVersion;
    @ManyToMany
    @JoinTable(name = "superday_task_attachment", joinColumns = @JoinColumn(name = "task_version_id"),
            inverseJoinColumns = @JoinColumn(name = "file_id"))
    @OrderBy("filename")
    public List<StoredFile> attachments = new ArrayList<>();

    /** What a person writes about a task. */
    public record Content(String title, String brief, String deliverables, boolean moreThanADay) {
    }

    static TaskVersion first(Task task, Content content, String by) {
        TaskVersion first = new TaskVersion();
        first.task = task;
        first.version = 1;
        first.write(content, by);
        first.persist();
        return first;
    }

    /** The newest version of a task. */
    public static TaskVersion latestOf(long taskId) {
        return find("task.id = ?1 order by version desc", taskId).firstResult();
    }

    public static Optional<TaskVersion> latest(Long taskId) {
        return taskId == null ? Optional.empty() : Optional.ofNullable(latestOf(taskId));
    }

    /** Edits this version, or, when it is frozen, starts the next one with the same attachments. */
    TaskVersion revise(Content content, String by) {
        if (!isFrozen()) {
            write(content, by);
            return this;
        }
        TaskVersion next = new TaskVersion();
        next.task = task;
        next.version = version + 1;
        next.attachments = new ArrayList<>(attachments);
        next.write(content, by);
        next.persist();
        return next;
    }


    void freeze(Instant at) {
        if (frozenAt == null) {
            frozenAt = at;
        }
    }

    public boolean isFrozen() {
        return frozenAt != null;
    }

    public Content content() {
        return new Content(title, brief, deliverables, moreThanADay);
    }

    public String label() {
        return title + " (version " + version + ")";
    }

    private void write(Content content, String by) {
        title = content.title().strip();
        brief = content.brief().strip();
        deliverables = content.deliverables().strip();
        moreThanADay = content.moreThanADay();
        createdBy = by;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("version", version);
        fields.put("brief", brief);
        fields.put("deliverables", deliverables);
        fields.put("moreThanADay", moreThanADay);
        return fields;
    }
}
