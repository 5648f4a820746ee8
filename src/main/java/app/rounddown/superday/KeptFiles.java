package app.rounddown.superday;

import app.rounddown.files.StoredFile;
import app.rounddown.files.StoredFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Files the candidate chose for a hand-in that was refused for another field. A browser cannot put a chosen file back
 * into a file field, so the files are stored on the refused post and offered again ("kept: plan.pdf"); the next hand-in
 * takes them over. A newer refusal replaces them, so a SuperDay never holds more than one hand-in's worth.
 */
@ApplicationScoped
public class KeptFiles {
    private static final String COLUMNS = "f.id, f.filename, f.content_type, f.size_bytes, f.sha256, f.created_at";

    @Inject
    EntityManager entityManager;
    @Inject
    StoredFiles files;

    /** What is kept for this SuperDay, by name, without the files' bytes. */
    @SuppressWarnings("unchecked")
    public List<StoredFile> of(long superDayId) {
        return entityManager.createNativeQuery("select " + COLUMNS + " from stored_file f join superday_kept_file k "
                + "on k.file_id = f.id where k.superday_id = ?1 order by f.filename, f.id", StoredFile.class)
                .setParameter(1, superDayId).getResultList();
    }

    /** After a refusal: keeps the kept files still ticked and the newly chosen ones, and lets the others go. */
    @Transactional
    public List<StoredFile> keep(long superDayId, List<Long> stillWanted, List<FileUpload> uploads) {
        // The same lock a hand-in takes, so a refused try and a hand-in at once never drop the files the other holds.
        SuperDay.findById(superDayId, LockModeType.PESSIMISTIC_WRITE);
        List<Long> ids = new ArrayList<>(idsAmong(superDayId, stillWanted));
        release(superDayId, ids);
        for (FileUpload upload : uploads) {
            StoredFile file = files.store(upload);
            entityManager.createNativeQuery("insert into superday_kept_file (superday_id, file_id) values (?1, ?2)")
                    .setParameter(1, superDayId).setParameter(2, file.id).executeUpdate();
        }
        return of(superDayId);
    }

    /** For a hand-in: the kept files still ticked, now the hand-in's; everything kept for the day is let go. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<StoredFile> take(long superDayId, List<Long> stillWanted) {
        List<StoredFile> taken = of(superDayId).stream().filter(f -> stillWanted.contains(f.id)).toList();
        release(superDayId, taken.stream().map(f -> f.id).toList());
        entityManager.createNativeQuery("delete from superday_kept_file where superday_id = ?1")
                .setParameter(1, superDayId).executeUpdate();
        return taken.stream().map(f -> StoredFile.<StoredFile>findById(f.id)).toList();
    }

    /** Which of these ids are kept for this SuperDay: the only ones a form may name. */
    public List<Long> idsAmong(long superDayId, List<Long> ids) {
        return of(superDayId).stream().map(f -> f.id).filter(ids::contains).toList();
    }

    /** Drops every kept file of the day except these, with its stored bytes (no hand-in holds a kept file). */
    private void release(long superDayId, List<Long> except) {
        List<Long> dropped = of(superDayId).stream().map(f -> f.id).filter(id -> !except.contains(id)).toList();
        if (dropped.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("delete from superday_kept_file where superday_id = ?1 and file_id in (?2)")
                .setParameter(1, superDayId).setParameter(2, dropped).executeUpdate();
        entityManager.createNativeQuery("delete from stored_file f where f.id in (?1) and not exists "
                + "(select 1 from superday_submission_file s where s.file_id = f.id)")
                .setParameter(1, dropped).executeUpdate();
    }
}
