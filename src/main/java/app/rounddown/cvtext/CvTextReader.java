package app.rounddown.cvtext;

import app.rounddown.candidate.CandidateCv;
import app.rounddown.candidate.CvFormat;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Reads the text out of new CVs in the background, so an upload never waits for PDFBox or POI. Safe on every
 * instance at once: each round claims a few PENDING rows with FOR UPDATE SKIP LOCKED and marks them READ or
 * UNREADABLE in the same transaction, so no CV is read twice.
 */
@ApplicationScoped
public class CvTextReader {
    /** Small rounds: a round holds its rows (and a transaction) while the libraries read up to 10 MB each. */
    static final int BATCH = 5;

    @Scheduled(every = "${rounddown.cv-text.every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void readWhatIsPending() {
        readPending();
    }

    /** Reads every pending CV; returns how many this instance read (or marked unreadable). */
    public int readPending() {
        int read = 0;
        for (int round; (round = QuarkusTransaction.requiringNew().call(this::readRound)) > 0; ) {
            read += round;
        }
        return read;
    }

    private int readRound() {
        @SuppressWarnings("unchecked")
        List<Object[]> claimed = em().createNativeQuery("select c.id, f.content from candidate_cv c "
                        + "join stored_file f on f.id = c.file_id where c.text_status = 'PENDING' order by c.id limit ?1 "
                        + "for no key update of c skip locked")
                .setParameter(1, BATCH).getResultList();
        for (Object[] row : claimed) {
            byte[] bytes = (byte[]) row[1];
            Optional<String> text = CvFormat.of(bytes).flatMap(format -> CvText.read(bytes, format));
            em().createNativeQuery("update candidate_cv set text_status = ?1, text = cast(?2 as text), text_read_at = ?3 where id = ?4")
                    .setParameter(1, text.isPresent() ? "READ" : "UNREADABLE").setParameter(2, text.orElse(null))
                    .setParameter(3, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                    .setParameter(4, ((Number) row[0]).longValue()).executeUpdate();
        }
        return claimed.size();
    }

    private static EntityManager em() {
        return CandidateCv.getEntityManager();
    }
}
