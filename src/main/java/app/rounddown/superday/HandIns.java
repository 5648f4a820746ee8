package app.rounddown.superday;

import app.rounddown.audit.Audit;
import app.rounddown.files.StoredFile;
import app.rounddown.files.StoredFiles;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.WebAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The candidate's side of a SuperDay: handing in the output of the day through their link. */
@ApplicationScoped
public class HandIns {
    public static final int MAX_FILES = 5;
    /** Hand-ins per SuperDay: plenty for a day's work, and a bound on what one link can store. */
    public static final int MAX_SUBMISSIONS = 20;

    @Inject
    StoredFiles files;
    @Inject
    Audit audit;
    @Inject
    TaskReleases release;
    @Inject
    KeptFiles kept;

    /**
     * Hands in links, text, new files and the files kept from a refused try that are still ticked. A refusal names
     * every field at once, a file too large among them, so the files can be kept when only another field was wrong.
     */
    @Transactional
    public Submission submit(long superDayId, String links, String notes, List<Long> keptIds, List<FileUpload> uploads,
                             Instant now) {
        SuperDay day = SuperDay.findById(superDayId, LockModeType.PESSIMISTIC_WRITE);
        FieldErrors errors = FieldErrors.none();
        String cleanLinks = links == null ? "" : links.strip();
        String cleanNotes = notes == null ? "" : notes.strip();
        // A hand-in right at kick-off may come before the release job has run: release it first (a POST may write).
        release.releaseIfDue(day, now);
        if (!day.acceptsSubmissions()) {
            errors.add("form", "Submissions open when the task is released at kick-off.");
        }
        if (Submission.count("superDay.id", superDayId) >= MAX_SUBMISSIONS) {
            errors.add("form", "You have handed in " + MAX_SUBMISSIONS + " times already; ask the recruiter if you need to "
                    + "send more.");
        }
        if (cleanLinks.length() > 5000) {
            errors.add("links", "Keep the links to 5,000 characters or fewer.");
        }
        for (String link : cleanLinks.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            if (!isWebAddress(link)) {
                errors.add("links", "\u201c" + link + "\u201d is not a web address. Put one link a line, each starting with https://.");
            }
        }
        if (cleanNotes.length() > 20000) {
            errors.add("notes", "Keep the text to 20,000 characters or fewer, or attach it as a file.");
        }
        List<Long> stillKept = kept.idsAmong(superDayId, keptIds);
        if (uploads.size() + stillKept.size() > MAX_FILES) {
            errors.add("files", "Attach at most " + MAX_FILES + " files at a time; send more with another submission.");
        }
        try {
            StoredFiles.check("files", uploads);
        } catch (InvalidInput unfit) {
            unfit.errors().asList().forEach(e -> errors.add(e.field(), e.message()));
        }
        if (cleanLinks.isEmpty() && cleanNotes.isEmpty() && uploads.isEmpty() && stillKept.isEmpty() && errors.isEmpty()) {
            errors.add("notes", "Add a link, some text or a file to hand in.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<StoredFile> handedIn = new ArrayList<>(kept.take(superDayId, stillKept));
        uploads.stream().map(files::store).forEach(handedIn::add);
        Submission submission = day.submit(cleanLinks, cleanNotes, handedIn, now);
        audit.record("superday", day.id, "submitted", "Submission " + submission.version + " received"
                + (submission.late ? " (late)" : ""), Map.of(), day.application.candidate.id);
        return submission;
    }

    static boolean isWebAddress(String text) {
        return new WebAddress.Validator().isValid(text, null);
    }
}
