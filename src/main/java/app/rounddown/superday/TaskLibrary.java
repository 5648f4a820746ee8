package app.rounddown.superday;

import app.rounddown.audit.Audit;
import app.rounddown.files.StoredFiles;
import app.rounddown.opening.RoleType;
import app.rounddown.people.CurrentUser;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Found;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.SingleLine;
import app.rounddown.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The SuperDay task library: writing tasks, and revising them without changing what candidates received. */
@ApplicationScoped
public class TaskLibrary {
    @Inject
    CurrentUser current;
    @Inject
    Audit audit;
    @Inject
    StoredFiles files;

    /** The newest version of every task, by role type and title; the library is small, but still bounded. */
    public static List<TaskVersion> latest() {
        return TaskVersion.find("""
                from TaskVersion v join fetch v.task t
                 where v.version = (select max(o.version) from TaskVersion o where o.task = v.task)
                 order by t.roleType, v.title""").page(0, 500).list();
    }

    public static List<TaskVersion> latestFor(RoleType roleType) {
        return TaskVersion.find("""
                from TaskVersion v join fetch v.task t
                 where t.roleType = ?1 and v.version = (select max(o.version) from TaskVersion o where o.task = v.task)
                 order by v.title""", roleType).page(0, 200).list();
    }

    public static List<TaskVersion> versionsOf(long taskId) {
        return TaskVersion.list("task.id = ?1 order by version desc", taskId);
    }

    @Transactional
    public TaskVersion create(RoleType roleType, TaskVersion.Content content, List<FileUpload> uploads) {
        FieldErrors errors = check(content);
        if (roleType == null) {
            errors.add("roleType", "Choose the role type this task is for.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        StoredFiles.check("attachments", uploads);
        TaskVersion first = Task.create(roleType, content, current.name());
        first.attachments.addAll(uploads.stream().map(files::store).toList());
        audit.created("task", first.task.id, "Task created: " + first.label(), first.snapshot(), null);
        return first;
    }

    @Transactional
    public TaskVersion revise(long taskId, Integer seenVersion, Integer seenRowVersion, TaskVersion.Content content,
                              List<FileUpload> uploads, List<Long> removedFileIds) {
        TaskVersion latest = Found.or404(TaskVersion.latestOf(taskId), "task", taskId);
        Versions.requireUnchanged(seenVersion, latest.version);
        // An unreleased version is edited in place, so its own row version guards against a lost edit.
        Versions.requireUnchanged(seenRowVersion, latest.rowVersion);
        FieldErrors errors = check(content);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        StoredFiles.check("attachments", uploads);
        boolean filesChange = !uploads.isEmpty() || latest.attachments.stream().anyMatch(f -> removedFileIds.contains(f.id));
        if (content.equals(latest.content()) && !filesChange) {
            return latest;
        }
        var before = latest.snapshot();
        TaskVersion saved = latest.revise(content, current.name());
        saved.attachments.removeIf(f -> removedFileIds.contains(f.id));
        saved.attachments.addAll(uploads.stream().map(files::store).toList());
        audit.changed("task", taskId, saved == latest ? "Task edited: " + saved.label()
                : "Task saved as " + saved.label() + "; version " + latest.version + " stays as released", before,
                saved.snapshot(), null);
        return saved;
    }

    private static FieldErrors check(TaskVersion.Content content) {
        FieldErrors errors = FieldErrors.none();
        if (content.title() == null || content.title().isBlank() || content.title().length() > 200) {
            errors.add("title", "Give the task a title of up to 200 characters.");
        } else if (!SingleLine.Validator.holds(content.title())) {
            errors.add("title", SingleLine.MESSAGE);
        }
        if (content.brief() == null || content.brief().isBlank() || content.brief().length() > 20000) {
            errors.add("brief", "Write the brief the candidate receives, in up to 20,000 characters.");
        }
        if (content.deliverables() == null || content.deliverables().isBlank() || content.deliverables().length() > 5000) {
            errors.add("deliverables", "Say what the candidate hands in at the end of the day, in up to 5,000 characters.");
        }
        return errors;
    }
}
