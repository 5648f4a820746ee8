package app.rounddown.mail;

import app.rounddown.access.AccessTable;
import app.rounddown.calendar.Ics;
import app.rounddown.letters.CandidateTemplate.AgendaLine;
import app.rounddown.people.User;
import app.rounddown.superday.ReviewerOwnership;
import app.rounddown.superday.SuperDay;
import app.rounddown.superday.SuperDayCancelled;
import app.rounddown.superday.SuperDayChanged;
import app.rounddown.superday.SuperDayChanged.Slot;
import app.rounddown.superday.SuperDayPlanned;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everyone taking part in a SuperDay gets their own blocks as calendar requests, one message each, in their own zone:
 * one event per block, whose UID is the SuperDay, the block's place in the day and the person. A change sends the
 * blocks again with a higher SEQUENCE and cancels the ones the person no longer has; a cancelled day cancels them all.
 */
@ApplicationScoped
public class SuperDayParticipantRequests {
    static final String KIND = "superday-participant";

    @Inject
    Outbox outbox;
    @Inject
    MailSettings settings;
    @Inject
    ReviewerOwnership reviewers;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance text(Request request);

        static native TemplateInstance html(Request request);
    }

    /** What one participant reads: their blocks now, and those they no longer have. */
    public record Request(String personName, String lead, String zone, List<AgendaLine> blocks,
                          List<AgendaLine> cancelled, String superDayLink, String companyName) {
    }

    /** Why the message comes, which its subject starts with. */
    enum Reason {
        INVITATION("Invitation"), UPDATE("Updated"), REMOVED("Cancelled"), DAY_CANCELLED("Cancelled");

        final String subject;

        Reason(String subject) {
            this.subject = subject;
        }

        String lead(String candidate, String opening, String date, String zone) {
            String day = "the SuperDay of " + candidate + " for " + opening;
            return switch (this) {
                case INVITATION -> "You take part in " + day + " on " + date + ". Your part, in " + zone + ":";
                case UPDATE -> "The agenda of " + day + " has changed. Your part now, in " + zone + ":";
                case REMOVED -> "You no longer take part in " + day + " on " + date + ".";
                case DAY_CANCELLED -> "The SuperDay of " + candidate + " for " + opening + " on " + date
                        + " is cancelled.";
            };
        }
    }

    void onPlanned(@Observes SuperDayPlanned planned) {
        SuperDay day = SuperDay.findById(planned.superDayId());
        for (User person : day.people()) {
            send(day, person, slotsOf(day.asBefore(), person.id), List.of(), Reason.INVITATION);
        }
    }

    void onChanged(@Observes SuperDayChanged changed) {
        SuperDay day = SuperDay.findById(changed.superDayId());
        SuperDayChanged.Before planned = day.asBefore();
        Map<Long, User> everyone = new LinkedHashMap<>();
        changed.before().slots().forEach(s -> s.participantIds().forEach(id -> everyone.put(id, null)));
        day.people().forEach(p -> everyone.put(p.id, p));
        everyone.forEach((id, known) -> {
            List<Slot> now = slotsOf(planned, id);
            List<Slot> before = slotsOf(changed.before(), id);
            if (!now.equals(before)) {
                List<Slot> gone = before.stream().filter(b -> now.stream().noneMatch(n -> n.position() == b.position()))
                        .toList();
                send(day, known != null ? known : User.findById(id), now, gone, now.isEmpty() ? Reason.REMOVED
                        : before.isEmpty() ? Reason.INVITATION : Reason.UPDATE);
            }
        });
    }

    void onCancelled(@Observes SuperDayCancelled cancelled) {
        SuperDay day = SuperDay.findById(cancelled.superDayId());
        for (User person : day.people()) {
            send(day, person, List.of(), slotsOf(day.asBefore(), person.id), Reason.DAY_CANCELLED);
        }
    }

    private void send(SuperDay day, User person, List<Slot> blocks, List<Slot> gone, Reason reason) {
        ZoneId zone = person.zone();
        List<Instant> starts = new ArrayList<>(blocks.stream().map(Slot::startsAt).toList());
        gone.forEach(s -> starts.add(s.startsAt()));
        boolean severalDates = SuperDayText.severalDates(starts, zone);
        String candidate = day.application.candidate.name;
        Request request = new Request(person.name, reason.lead(candidate, day.application.opening.title,
                SuperDayText.dates(starts, zone), zone.getId()), zone.getId(), lines(blocks, zone, severalDates),
                lines(gone, zone, severalDates), mayOpen(person, day) ? settings.link("/superdays/" + day.id) : null,
                settings.companyName());
        List<Letter.Attachment> files = new ArrayList<>();
        if (!blocks.isEmpty()) {
            files.add(SuperDayInvitations.attachment("superday.ics", Ics.Method.REQUEST,
                    calendar(day, person, blocks, Ics.Method.REQUEST, request.superDayLink())));
        }
        if (!gone.isEmpty()) {
            files.add(SuperDayInvitations.attachment("cancelled.ics", Ics.Method.CANCEL,
                    calendar(day, person, gone, Ics.Method.CANCEL, request.superDayLink())));
        }
        String subject = reason.subject + ": SuperDay of " + candidate + ", " + SuperDayText.shortDate(starts.stream()
                .min(Instant::compareTo).orElse(day.startsAt), zone) + " (" + zone.getId() + ")";
        outbox.queue(Letter.internal(KIND, person.email, person.name, subject, Templates.text(request).render(),
                Templates.html(request).render(), files, day.application.candidate.id, day.application.id));
    }

    private String calendar(SuperDay day, User person, List<Slot> slots, Ics.Method method, String link) {
        String candidate = day.application.candidate.name;
        List<Ics.Event> events = slots.stream().map(s -> new Ics.Event(uid(day, s.position(), person),
                "SuperDay: " + s.kind().label() + " with " + candidate, "SuperDay of " + candidate + " for "
                + day.application.opening.title + (link == null ? "." : ". " + link), s.startsAt(),
                s.startsAt().plus(Duration.ofMinutes(s.minutes())))).toList();
        return Ics.requests(method, person.zone(), events, SuperDayText.organizer(settings),
                new Ics.Person(person.name, person.email), Instant.now(), day.calendarSequence);
    }

    /** The agenda's rows are replaced on every save, so the event follows the block's place in the day, not its row. */
    static String uid(SuperDay day, int position, User person) {
        return "superday-" + day.id + "-block-" + position + "-user-" + person.id + "@rounddown";
    }

    private static List<Slot> slotsOf(SuperDayChanged.Before day, long personId) {
        return day.slots().stream().filter(s -> s.participantIds().contains(personId))
                .map(s -> new Slot(s.position(), s.kind(), s.startsAt(), s.minutes(), List.of())).toList();
    }

    private static List<AgendaLine> lines(List<Slot> slots, ZoneId zone, boolean severalDates) {
        return slots.stream().map(s -> SuperDayText.line(s.startsAt(), s.startsAt().plus(Duration.ofMinutes(s.minutes())),
                zone, severalDates, s.kind().label())).toList();
    }

    private boolean mayOpen(User person, SuperDay day) {
        return AccessTable.ruleFor("GET", "/superdays/{id}").map(rule -> rule.admitsByRole(person)).orElse(false)
                || reviewers.owns(person, day.id);
    }
}
