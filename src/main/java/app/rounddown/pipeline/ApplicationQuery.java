package app.rounddown.pipeline;

import app.rounddown.web.InvalidInput;
import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Applications filtered by opening, candidate, stage and status, with their candidate and opening: two statements. */
public record ApplicationQuery(Long openingId, Long candidateId, Stage stage, ApplicationStatus status) {

    public static ApplicationQuery parse(String openingId, String candidateId, String stage, String status) {
        return new ApplicationQuery(id("openingId", openingId), id("candidateId", candidateId),
                choice("stage", stage, Stage.class), choice("status", status, ApplicationStatus.class));
    }

    public Page<Application> page(PageRequest request) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        add(conditions, parameters, "a.opening.id", "opening", openingId);
        add(conditions, parameters, "a.candidate.id", "candidate", candidateId);
        add(conditions, parameters, "a.stage", "stage", stage);
        add(conditions, parameters, "a.status", "status", status);
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        EntityManager em = Application.getEntityManager();
        TypedQuery<Application> items = em.createQuery("select a from Application a join fetch a.candidate "
                + "join fetch a.opening" + where + " order by a.id", Application.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Application a" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Application> list = items.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return Page.of(list, request, count.getSingleResult());
    }

    private static void add(List<String> conditions, Map<String, Object> parameters, String path, String name,
                            Object value) {
        if (value != null) {
            conditions.add(path + " = :" + name);
            parameters.put(name, value);
        }
    }

    private static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "Use a numeric id.");
        }
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "Use one of: " + String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ".");
        }
    }
}
