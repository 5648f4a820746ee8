package app.rounddown.scorecard;

import app.rounddown.people.Role;
import app.rounddown.people.User;
import app.rounddown.pipeline.Stage;
import app.rounddown.web.FormData;
import app.rounddown.web.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The people an interview can be given to, interviewers first, each with their other interviews on the day asked
 * about (in the recruiter's zone): two statements whatever the number of people or interviews, one with no day.
 */
public record InterviewerChoices(LocalDate day, ZoneId zone, List<Choice> interviewers, List<Choice> others) {
    static final int PEOPLE_LIMIT = 200; // of each kind
    static final int INTERVIEWS_LIMIT = 2000;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** An interview someone already has: when, and of which stage. */
    public record Busy(Instant startsAt, int minutes, Stage stage) {
    }

    /** Someone an interview can be given to. */
    public record Choice(long id, String name, List<Busy> busy) {
    }

    /** An active person as {@link #PEOPLE} reads them. */
    public record Person(long id, String name, boolean interviewer) {
        public static Person of(Object id, Object name, Object kind) {
            return new Person(((Number) id).longValue(), (String) name, ((Number) kind).intValue() == 0);
        }
    }

    /**
     * The active people, interviewers first (kind 0), at most twice the limit: with more than the limit of interviewers,
     * fewer others than the limit are offered (a company with hundreds of interviewers types a name instead).
     * Columns: id, name, kind. Other statements may wrap it to read it together with their own rows.
     */
    public static final String PEOPLE = "select u.id, u.name, case when exists (select 1 from app_user_role r "
            + "where r.user_id = u.id and r.role = '" + Role.INTERVIEWER.name() + "') then 0 else 1 end as kind "
            + "from app_user u where u.active order by kind, lower(u.name), u.id limit " + 2 * PEOPLE_LIMIT;

    /** With no day, nobody's interviews are looked up: the picker says to choose the time first. */
    public static InterviewerChoices on(LocalDate day, ZoneId zone) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = User.getEntityManager().createNativeQuery(PEOPLE).getResultList();
        return of(rows.stream().map(r -> Person.of(r[0], r[1], r[2])).toList(), day, zone);
    }

    /** From the people already read with {@link #PEOPLE}. */
    public static InterviewerChoices of(List<Person> people, LocalDate day, ZoneId zone) {
        Map<Long, List<Busy>> busy = day == null ? Map.of() : busyOn(day, zone);
        return new InterviewerChoices(day, zone, withBusy(people, true, busy), withBusy(people, false, busy));
    }

    /** Every interview not excused that starts on the day: one statement, bounded. */
    private static Map<Long, List<Busy>> busyOn(LocalDate day, ZoneId zone) {
        List<Object[]> rows = Assignment.getEntityManager().createQuery("select i.interviewer.id, i.startsAt, "
                        + "i.durationMinutes, i.stage from Assignment i where i.excusedAt is null and i.startsAt >= ?1 "
                        + "and i.startsAt < ?2 order by i.startsAt, i.id", Object[].class)
                .setParameter(1, day.atStartOfDay(zone).toInstant())
                .setParameter(2, day.plusDays(1).atStartOfDay(zone).toInstant())
                .setMaxResults(INTERVIEWS_LIMIT).getResultList();
        Map<Long, List<Busy>> busy = new HashMap<>();
        for (Object[] row : rows) {
            busy.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new Busy((Instant) row[1], (Integer) row[2], (Stage) row[3]));
        }
        return busy;
    }

    private static List<Choice> withBusy(List<Person> people, boolean interviewers, Map<Long, List<Busy>> busy) {
        return people.stream().filter(p -> p.interviewer() == interviewers).limit(PEOPLE_LIMIT)
                .map(p -> new Choice(p.id(), p.name(), busy.getOrDefault(p.id(), List.of()))).toList();
    }

    /**
     * The interviewers as the picker offers them: for the form being filled ({@code mine}), each with their interviews
     * that day and the one chosen; for the others, names only (see {@link Option} for why the list carries both).
     */
    public List<Option> interviewerOptions(FormData form, boolean mine) {
        return options(interviewers, form, mine);
    }

    /** Everyone else, as {@link #interviewerOptions} offers the interviewers. */
    public List<Option> otherOptions(FormData form, boolean mine) {
        return options(others, form, mine);
    }

    private List<Option> options(List<Choice> people, FormData form, boolean mine) {
        return people.stream().map(c -> new Option(c.id(), mine ? label(c) : c.name(),
                mine && form.is("interviewerId", c.id()))).toList();
    }

    /** "Simon Technical · free on Tue 1 Dec", or with the times of their interviews that day. */
    private String label(Choice choice) {
        if (day == null) {
            return choice.name();
        }
        if (choice.busy().isEmpty()) {
            return choice.name() + " \u00b7 no interviews on " + DAY.format(day);
        }
        return choice.name() + " \u00b7 " + choice.busy().size() + (choice.busy().size() == 1 ? " interview" : " interviews")
                + " on " + DAY.format(day) + ": " + choice.busy().stream().map(this::times).collect(Collectors.joining(", "));
    }

    private String times(Busy busy) {
        return CLOCK.withZone(zone).format(busy.startsAt()) + "\u2013"
                + CLOCK.withZone(zone).format(busy.startsAt().plusSeconds(busy.minutes() * 60L));
    }

    public String dayLabel() {
        return day == null ? "" : DAY.format(day);
    }
}
