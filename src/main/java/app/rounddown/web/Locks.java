package app.rounddown.web;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * A PostgreSQL advisory lock held until the current transaction ends: one writer at a time for a key,
 * across every app instance, without a table of its own.
 */
public final class Locks {
    private Locks() {
    }

    public static void holdUntilCommit(String key) {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, key).getSingleResult();
    }
}
