package app.rounddown.careers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * At most five stored submissions (applications, or CVs kept for a retry) an hour from one client address, counted
 * in the database so every instance sees the same count. Submissions from one address queue on a transaction lock,
 * so several at once cannot all slip under the limit.
 */
@ApplicationScoped
public class SubmissionLimit {
    static final int PER_HOUR = 5;
    static final Duration WINDOW = Duration.ofHours(1);

    @Inject
    EntityManager em;

    /** When this address may send again, if it has used up its hour; holds the address's lock until commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Instant> refusedUntil(String address, Instant now) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('careers:' || ?1))").setParameter(1, address)
                .getSingleResult();
        em.createNativeQuery("delete from careers_submission where submitted_at < ?1")
                .setParameter(1, now.minus(WINDOW)).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("select count(*), min(submitted_at) from careers_submission "
                + "where address = ?1 and submitted_at > ?2", Object[].class).setParameter(1, address)
                .setParameter(2, now.minus(WINDOW)).getSingleResult();
        return ((Number) row[0]).intValue() < PER_HOUR ? Optional.empty()
                : Optional.of(((Instant) row[1]).plus(WINDOW));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void count(String address, Instant now) {
        em.createNativeQuery("insert into careers_submission (address, submitted_at) values (?1, ?2)")
                .setParameter(1, address).setParameter(2, now).executeUpdate();
    }
}
