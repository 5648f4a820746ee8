package app.rounddown.superday;

import app.rounddown.web.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Other commitments of an agenda's participants in its time span: SuperDay blocks and interviews. A SuperDay reviewer's
 * assignment is not one of them: the time they give the day is in its blocks.
 */
@ApplicationScoped
public class Bookings {
    @Inject
    EntityManager entityManager;

    /** One statement for the whole agenda, bounded by its first start and last end. */
    @SuppressWarnings("unchecked")
    public List<Agenda.Booking> around(List<Block> blocks, Long exceptSuperDayId) {
        Set<Long> people = blocks.stream().flatMap(b -> b.participants.stream()).map(u -> u.id).collect(Collectors.toSet());
        if (people.isEmpty()) {
            return List.of();
        }
        Instant from = blocks.stream().map(b -> b.startsAt).min(Instant::compareTo).orElseThrow();
        Instant to = blocks.stream().map(Block::endsAt).max(Instant::compareTo).orElseThrow();
        List<Object[]> rows = entityManager.createNativeQuery("""
                select u.name, b.starts_at, b.starts_at + make_interval(mins => b.minutes),
                       'another SuperDay (' || c.name || ')'
                  from superday_block_participant p
                  join superday_block b on b.id = p.block_id
                  join superday s on s.id = b.superday_id
                  join application a on a.id = s.application_id
                  join candidate c on c.id = a.candidate_id
                  join app_user u on u.id = p.user_id
                 where p.user_id in (:people) and s.status <> 'CANCELLED' and s.id <> :except
                   and b.starts_at < :to and b.starts_at + make_interval(mins => b.minutes) > :from
                union all
                select u.name, i.starts_at, i.starts_at + make_interval(mins => i.duration_minutes),
                       'an interview with ' || c.name
                  from interview_assignment i
                  join application a on a.id = i.application_id
                  join candidate c on c.id = a.candidate_id
                  join app_user u on u.id = i.interviewer_id
                 where i.interviewer_id in (:people) and i.excused_at is null and i.stage <> 'SUPERDAY'
                   and i.starts_at < :to and i.starts_at + make_interval(mins => i.duration_minutes) > :from
                """)
                .setParameter("people", people).setParameter("except", exceptSuperDayId == null ? -1L : exceptSuperDayId)
                .setParameter("from", OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC))
                .setParameter("to", OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC))
                .getResultList();
        List<Agenda.Booking> bookings = new ArrayList<>();
        for (Object[] row : rows) {
            bookings.add(new Agenda.Booking((String) row[0], SqlValues.instant(row[1]), SqlValues.instant(row[2]),
                    (String) row[3]));
        }
        return bookings;
    }
}
