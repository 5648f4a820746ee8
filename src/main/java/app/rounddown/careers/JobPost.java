package app.rounddown.careers;

import app.rounddown.opening.EmploymentType;
import app.rounddown.opening.Opening;
import app.rounddown.opening.OpeningStatus;
import app.rounddown.opening.Remote;
import app.rounddown.opening.RoleType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A published opening as candidates see it: nothing internal (no hiring manager, fees or pipeline). */
public record JobPost(long id, String title, String slug, RoleType roleType, String location, Remote remote,
                      EmploymentType employmentType, String description, Instant publishedAt) {
    /** The careers page lists at most this many posts; a company with more would want search, not one long page. */
    static final int MAX = 200;
    private static final String SELECT = "select new " + JobPost.class.getName() + "(o.id, o.title, o.slug, "
            + "o.roleType, o.location, o.remote, o.employmentType, o.description, o.publishedAt) from Opening o "
            + "where o.published = true and o.status = :open ";

    /** Every published opening in one statement, by role type then title. */
    static List<JobPost> published() {
        return Opening.getEntityManager().createQuery(SELECT + "order by o.roleType, lower(o.title), o.id", JobPost.class)
                .setParameter("open", OpeningStatus.OPEN).setMaxResults(MAX).getResultList();
    }

    /** One published opening by its address; a closed or unpublished one is not found. */
    static Optional<JobPost> bySlug(String slug) {
        return Opening.getEntityManager().createQuery(SELECT + "and o.slug = :slug", JobPost.class)
                .setParameter("open", OpeningStatus.OPEN).setParameter("slug", slug).getResultList().stream().findFirst();
    }

    /** Posts of one role type, under its heading on the careers page. */
    public record Group(RoleType roleType, List<JobPost> posts) {
    }

    /** The posts under their role type, role types in their usual order. */
    static List<Group> byRoleType(List<JobPost> posts) {
        Map<RoleType, List<JobPost>> groups = new EnumMap<>(RoleType.class);
        posts.forEach(post -> groups.computeIfAbsent(post.roleType(), type -> new ArrayList<>()).add(post));
        return groups.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    /** "London · Hybrid · Full-time": what the list shows under the title. */
    public String terms() {
        return (location == null ? "" : location + " · ") + remote.label() + " · " + employmentType.label();
    }
}
