package app.rounddown.scorecard;

import app.rounddown.people.User;
import app.rounddown.pipeline.ApplicationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One interviewer's interviews from today on, and the cards they still owe: three statements. */
public record MyInterviewsPage(List<Row> upcoming, List<Row> cardsToWrite) {
    static final int LIMIT = 100;

    public record Row(Assignment assignment, boolean overdue, boolean hasDraft) {
    }

    static MyInterviewsPage of(User me, Instant now) {
        Instant startOfToday = LocalDate.now(me.zone()).atStartOfDay(me.zone()).toInstant();
        List<Assignment> upcoming = Assignment.<Assignment>find("from Assignment a join fetch a.application ap "
                + "join fetch ap.candidate join fetch ap.opening where a.interviewer = ?1 and a.startsAt >= ?2 "
                + "and a.excusedAt is null and ap.status = ApplicationStatus.ACTIVE "
                + "order by a.startsAt", me, now.isAfter(startOfToday) ? now : startOfToday).page(0, LIMIT).list();
        List<Assignment> owed = Assignment.<Assignment>find("from Assignment a join fetch a.application ap "
                + "join fetch ap.candidate join fetch ap.opening where a.interviewer = ?1 and a.startsAt <= ?2 "
                + "and a.excusedAt is null and ap.status = ApplicationStatus.ACTIVE "
                + "and not exists (select 1 from Scorecard s where s.application = a.application "
                + "and s.stage = a.stage and s.interviewer = a.interviewer and s.submittedAt is not null) "
                + "order by a.startsAt", me, now).page(0, LIMIT).list();
        Set<String> drafts = new HashSet<>();
        List<Object[]> draftKeys = Scorecard.getEntityManager().createQuery("select s.application.id, s.stage from "
                + "Scorecard s where s.interviewer = :me and s.submittedAt is null", Object[].class)
                .setParameter("me", me).setMaxResults(1000).getResultList();
        draftKeys.forEach(key -> drafts.add(key[0] + "/" + key[1]));
        return new MyInterviewsPage(
                upcoming.stream().map(a -> new Row(a, false, drafts.contains(a.application.id + "/" + a.stage))).toList(),
                owed.stream().map(a -> new Row(a, a.cardDueAt().isBefore(now),
                        drafts.contains(a.application.id + "/" + a.stage))).toList());
    }

}
