package app.rounddown.access;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;

/** Whether some record matches a condition: the question every ownership rule asks, on nearly every request. */
public final class Exists {
    private Exists() {
    }

    /**
     * {@code select 1 from <entity> where <condition> limit 1}, the parameters bound as ?1, ?2, ... Panache's
     * {@code count(...)} builds a new count query on every call; this one is translated once and kept.
     */
    public static boolean in(Class<?> entity, String condition, Object... parameters) {
        TypedQuery<Integer> query = Panache.getEntityManager().createQuery("select 1 from " + entity.getSimpleName()
                + " where " + condition, Integer.class).setMaxResults(1);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return !query.getResultList().isEmpty();
    }
}
