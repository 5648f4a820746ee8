package app.rounddown.careers;

import app.rounddown.candidate.CvFormat;
import app.rounddown.files.StoredFile;
import app.rounddown.files.StoredFiles;
import app.rounddown.people.Secrets;
import app.rounddown.web.Digests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A CV that was fine on an application form refused for another field. A browser cannot put a chosen file back into a
 * file field, so the file is stored and the form carries a random token for it ("Kept: cv.pdf"); the database holds
 * only the token's hash, so nobody can claim someone else's file. The retry takes it over; a job removes the rest.
 */
@ApplicationScoped
public class PendingCvs {
    static final Duration KEPT_FOR = Duration.ofDays(1);
    private static final int BATCH = 200;

    @Inject
    EntityManager em;
    @Inject
    StoredFiles files;

    /** A kept file, as the form names it. */
    public record Kept(String token, String filename) {
    }

    /** Stores an already checked CV for the retry and returns the token the form carries. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Kept keep(FileUpload upload) {
        byte[] bytes = StoredFiles.bytesOf(upload);
        CvFormat format = CvFormat.of(bytes).orElseThrow();
        StoredFile file = files.store(format.filename(upload.fileName()), format.contentType, bytes);
        String token = Secrets.randomToken();
        em.createNativeQuery("insert into pending_cv_upload (token_hash, file_id, created_at) values (?1, ?2, ?3)")
                .setParameter(1, Digests.sha256(token)).setParameter(2, file.id).setParameter(3, Instant.now())
                .executeUpdate();
        return new Kept(token, file.filename);
    }

    /** The file a token names, while it is kept. */
    public Optional<Kept> find(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        List<?> names = em.createNativeQuery("select f.filename from pending_cv_upload p join stored_file f on "
                        + "f.id = p.file_id where p.token_hash = ?1 and p.created_at > ?2")
                .setParameter(1, Digests.sha256(token)).setParameter(2, Instant.now().minus(KEPT_FOR)).getResultList();
        return names.stream().findFirst().map(name -> new Kept(token, (String) name));
    }

    /** The kept file, now the caller's to use: the token no longer names it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StoredFile> take(String token) {
        if (find(token).isEmpty()) {
            return Optional.empty();
        }
        List<?> ids = em.createNativeQuery("delete from pending_cv_upload where token_hash = ?1 returning file_id")
                .setParameter(1, Digests.sha256(token)).getResultList();
        return ids.stream().findFirst().map(id -> StoredFile.findById(((Number) id).longValue()));
    }

    @Scheduled(every = "${rounddown.careers.pending-cv-cleanup.every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void cleanUpOnSchedule() {
        while (removeExpired(Instant.now()) == BATCH) {
            // another batch
        }
    }

    /**
     * Removes kept CVs nobody came back for, with their files, one batch in one transaction. Safe on every instance
     * at once: each claims its rows with SKIP LOCKED, so two never remove the same one.
     */
    public int removeExpired(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> fileIds = em.createNativeQuery("delete from pending_cv_upload where token_hash in (select "
                            + "token_hash from pending_cv_upload where created_at < ?1 order by created_at limit ?2 "
                            + "for update skip locked) returning file_id")
                    .setParameter(1, now.minus(KEPT_FOR)).setParameter(2, BATCH).getResultList();
            if (!fileIds.isEmpty()) {
                em.createNativeQuery("delete from stored_file f where f.id in (?1) and not exists (select 1 from "
                                + "candidate_cv c where c.file_id = f.id)")
                        .setParameter(1, fileIds.stream().map(Number::longValue).toList()).executeUpdate();
            }
            return fileIds.size();
        });
    }
}
