package app.rounddown.scorecard;

import app.rounddown.people.User;
import app.rounddown.pipeline.ApplicationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One interviewer's interviews from the start of today on, each with where its card stands, and the cards they still
 * owe: three statements.
 */
public record MyInterviewsPage(List<Row> upcoming, List<Row> cardsToWrite) {
    static final int LIMIT = 100;

    public record Row(Assignment assignment, boolean overdue, boolean hasDraft, boolean submitted) {
    }

    static MyInterviewsPage of(User me, Instant now) {
        Instant startOfToday = LocalDate.now(me.zone()).atStartOfDay(me.zone()).toInstant();
        List<Assignment> upcoming = Assignment.<Assignment>find("from Assignment a join fetch a.application ap "
                + "join fetch ap.candidate join fetch ap.opening where a.interviewer = ?1 and a.startsAt >= ?2 "
                + "and a.excusedAt is null and ap.status = ApplicationStatus.ACTIVE "
                + "order by a.startsAt", me, startOfToday).page(0, LIMIT).list();
        List<Assignment> owed = Assignment.<Assignment>find("from Assignment a join fetch a.application ap "
                + "join fetch ap.candidate join fetch ap.opening where a.interviewer = ?1 and a.startsAt <= ?2 "
                + "and a.excusedAt is null and a.cardSubmitted = false and ap.status = ApplicationStatus.ACTIVE "
                + "order by a.startsAt", me, now).page(0, LIMIT).list();
        Set<String> drafts = new HashSet<>();
        Set<String> submitted = new HashSet<>();
        List<Object[]> cards = Scorecard.getEntityManager().createQuery("select s.application.id, s.stage, "
                + "s.submittedAt from Scorecard s where s.interviewer = :me and (s.submittedAt is null "
                + "or s.submittedAt >= :since)", Object[].class)
                .setParameter("me", me).setParameter("since", startOfToday).setMaxResults(1000).getResultList();
        cards.forEach(card -> (card[2] == null ? drafts : submitted).add(card[0] + "/" + card[1]));
        return new MyInterviewsPage(
                upcoming.stream().map(a -> new Row(a, a.cardDueAt().isBefore(now), drafts.contains(key(a)),
                        submitted.contains(key(a)))).toList(),
                owed.stream().map(a -> new Row(a, a.cardDueAt().isBefore(now), drafts.contains(key(a)), false)).toList());
    }

    private static String key(Assignment assignment) {
        return assignment.application.id + "/" + assignment.stage;
    }
}
