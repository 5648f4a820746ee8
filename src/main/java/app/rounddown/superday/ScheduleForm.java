package app.rounddown.superday;

import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Assignment;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.FormData;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What the scheduling form needs to show: the application, what was typed, the warnings, and the people to choose
 * from: those likely to take part first (the hiring manager, the candidate's interviewers, whoever is chosen), then
 * everyone else, folded away.
 */
public record ScheduleForm(Application application, SuperDay day, FormData form, FieldErrors errors,
                           CheckedWarnings warnings, String note, List<User> likely, List<User> others,
                           Map<Long, Assignment> reviewers, List<TaskVersion> tasks) {
    static final String[] SETUP_FIELDS = {"taskId", "prepareNotes", "fee", "cancellationFee", "currency"};
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    public static ScheduleForm of(Application application, SuperDay day, FormData form, FieldErrors errors,
                                  CheckedWarnings warnings, String note) {
        List<User> people = User.<User>find("active = true order by lower(name), id").page(0, 500).list();
        List<Assignment> interviews = interviewsOf(application);
        Set<Long> likelyIds = new LinkedHashSet<>();
        if (application.opening.hiringManager != null) {
            likelyIds.add(application.opening.hiringManager.id);
        }
        interviews.forEach(a -> likelyIds.add(a.interviewer.id));
        IntStream.range(0, AgendaForm.MAX_ROWS).forEach(i -> form.all("people" + i).forEach(id -> likelyIds.add(id(id))));
        form.all(SuperDayReviewers.FIELD).forEach(id -> likelyIds.add(id(id)));
        Map<Long, Assignment> reviewers = new HashMap<>();
        interviews.stream().filter(a -> a.stage == Stage.SUPERDAY).forEach(a -> reviewers.put(a.interviewer.id, a));
        return new ScheduleForm(application, day, form, errors, warnings, note,
                people.stream().filter(u -> likelyIds.contains(u.id)).toList(),
                people.stream().filter(u -> !likelyIds.contains(u.id)).toList(), reviewers,
                TaskLibrary.latestFor(application.opening.roleType));
    }

    /** The field names of one agenda row, so the template never builds names itself. */
    public record Row(int number, String kind, String start, String minutes, String people) {
        /** The field of the block's video link, beside what happens in it. */
        public String video() {
            return "video" + (number - 1);
        }
    }

    public List<Row> rows() {
        return IntStream.range(0, AgendaForm.rowCount(form))
                .mapToObj(i -> new Row(i + 1, "kind" + i, "start" + i, "minutes" + i, "people" + i)).toList();
    }

    /** The day to lay out the usual day on again: as typed, or the first block's; blank unless it is a date. */
    public String firstDay() {
        String typed = form.get("layoutDay").strip();
        String start = form.get("start0");
        String day = !typed.isEmpty() ? typed : start.length() >= 10 ? start.substring(0, 10) : "";
        try {
            return LocalDate.parse(day).toString();
        } catch (DateTimeException notADate) {
            return "";
        }
    }

    public List<BlockKind> kinds() {
        return List.of(BlockKind.values());
    }

    public String action() {
        return day == null ? "/superdays" : "/superdays/" + day.id + "/agenda";
    }

    /** Whether the reviewer box of this person is ticked: assigned already, or chosen in the form. */
    public boolean reviewing(User person) {
        return reviewers.containsKey(person.id) || form.has(SuperDayReviewers.FIELD, person.id);
    }

    /** Why a person's reviewer box cannot change here, or "" when it can. */
    public String reviewerNote(User person) {
        Assignment assigned = reviewers.get(person.id);
        return assigned == null ? "" : assigned.isExcused() ? "excused" : "assigned";
    }

    /** A usual day laid out for the form, and what to say about how it was laid out (or null). */
    public record Draft(FormData form, String note) {
    }

    /**
     * The usual day in the candidate's zone, laid out around the working hours of everyone in it when it can be: the
     * hiring manager at kick-off and their meeting; in the demo role-play and the team chats, the SuperDay reviewers
     * already assigned, or else the candidate's technical interviewers (the demo) and small-team screeners (the chats).
     * Those are suggested as the reviewers. What was typed for the task, the notes and the fee is kept.
     */
    public static Draft template(Application application, LocalDate day, ZoneId zone, FormData typed) {
        User manager = application.opening.hiringManager;
        List<Assignment> interviews = interviewsOf(application).stream().filter(a -> !a.isExcused()).toList();
        List<User> reviewers = interviewersAt(interviews, Stage.SUPERDAY);
        List<User> demo = reviewers.isEmpty() ? interviewersAt(interviews, Stage.TECHNICAL) : reviewers;
        List<User> team = reviewers.isEmpty() ? interviewersAt(interviews, Stage.SMALL_TEAM) : reviewers;
        Agenda.Person chair = manager == null ? new Agenda.Person("", zone) : person(manager);
        Agenda.Layout layout = Agenda.layout(day, zone, chair, demo.stream().map(ScheduleForm::person).toList(),
                team.stream().map(ScheduleForm::person).toList());
        Map<String, Object> fields = new HashMap<>();
        fields.put("candidateZone", zone.getId());
        fields.put("layoutDay", day.toString());
        fields.put("applicationId", application.id);
        for (int i = 0; i < layout.blocks().size(); i++) {
            Agenda.Block block = layout.blocks().get(i);
            fields.put("kind" + i, block.kind());
            fields.put("start" + i, AgendaForm.LOCAL.format(block.start().atZone(zone)));
            fields.put("minutes" + i, block.length().toMinutes());
            List<User> who = switch (block.kind()) {
                case KICK_OFF, HIRING_MANAGER -> manager == null ? List.of() : List.of(manager);
                case DEMO_ROLE_PLAY -> demo;
                case TEAM_CHATS -> team;
                case FOCUS -> List.of();
            };
            fields.put("people" + i, who.stream().map(u -> u.id).toList());
        }
        Set<Long> suggested = new LinkedHashSet<>();
        demo.forEach(u -> suggested.add(u.id));
        team.forEach(u -> suggested.add(u.id));
        fields.put(SuperDayReviewers.FIELD, List.copyOf(suggested));
        fields.put("fee", application.opening.superdayFee.amount());
        fields.put("cancellationFee", application.opening.superdayCancellationFee.amount());
        fields.put("currency", application.opening.superdayFee.currency());
        fields.put("prepareNotes", "Bring a laptop with a good internet connection and block the whole day. "
                + "You will get the task at kick-off, a private chat channel with the team, and time to ask questions.");
        for (String field : SETUP_FIELDS) {
            if (!typed.all(field).isEmpty()) {
                fields.put(field, typed.get(field));
            }
        }
        return new Draft(FormData.of(fields), note(layout, day, zone, chair, demo, team));
    }

    private static String note(Agenda.Layout layout, LocalDate day, ZoneId zone, Agenda.Person chair, List<User> demo,
                               List<User> team) {
        if (!layout.withinHours()) {
            return "The usual day cannot keep everyone within 08:00\u201318:00 in their own zone, even starting an hour "
                    + "earlier or later or moving the demo role-play: it is laid out from 09:00, and the warnings say who "
                    + "is outside. Move their blocks, split the day, or choose someone nearer in time.";
        }
        List<Agenda.Block> usual = Agenda.template(day, zone, chair, demo.stream().map(ScheduleForm::person).toList(),
                team.stream().map(ScheduleForm::person).toList());
        if (usual.equals(layout.blocks())) {
            return null;
        }
        Agenda.Block demoBlock = layout.blocks().stream().filter(b -> b.kind() == BlockKind.DEMO_ROLE_PLAY).findFirst()
                .orElseThrow();
        return "Laid out around everyone's working hours: the day starts at "
                + CLOCK.format(layout.blocks().get(0).start().atZone(zone)) + " and the demo role-play is at "
                + CLOCK.format(demoBlock.start().atZone(zone)) + " (the candidate's time).";
    }

    /** The next working day: the usual first suggestion for a SuperDay. */
    public static LocalDate nextWorkingDay(LocalDate today) {
        LocalDate day = today.plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The form of a scheduled day, to change its agenda. */
    static FormData fields(SuperDay day) {
        Map<String, Object> fields = new HashMap<>(AgendaForm.fields(day.zone(), day.blocks));
        fields.put("taskId", day.taskVersion == null ? null : day.taskVersion.task.id);
        fields.put("prepareNotes", day.prepareNotes);
        fields.put("fee", day.fee.amount());
        fields.put("cancellationFee", day.cancellationFee.amount());
        fields.put("currency", day.fee.currency());
        fields.put("version", day.version);
        return FormData.of(fields);
    }

    /** The candidate's own zone, as the first guess for their day. */
    static String zoneOf(Application application) {
        String zone = application.candidate.timeZone;
        return zone == null || zone.isBlank() ? "America/New_York" : zone;
    }

    /** The day typed for laying out the usual day: the next working day when blank. */
    static LocalDate day(String text, FieldErrors errors) {
        try {
            return text == null || text.isBlank() ? nextWorkingDay(LocalDate.now()) : LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            errors.add("layoutDay", "Give the day as a date, such as 2026-11-24.");
            return null;
        }
    }

    static ZoneId zone(String text, FieldErrors errors) {
        try {
            return ZoneId.of(text == null ? "" : text.strip());
        } catch (DateTimeException e) {
            errors.add("candidateZone", "\u201c" + (text == null ? "" : text) + "\u201d is not a time zone; choose one "
                    + "such as America/New_York.");
            return null;
        }
    }

    static SuperDays.Setup setup(FormData form) {
        return new SuperDays.Setup(form.id("taskId"), form.get("prepareNotes"), form.amount("fee"),
                form.amount("cancellationFee"), form.text("currency") == null ? null
                : form.text("currency").strip().toUpperCase(Locale.ROOT),
                form.all(SuperDayReviewers.FIELD).stream().map(ScheduleForm::id).filter(id -> id != null).distinct()
                        .toList());
    }

    private static List<Assignment> interviewsOf(Application application) {
        return Assignment.<Assignment>find("from Assignment a join fetch a.interviewer where a.application.id = ?1 "
                + "order by a.startsAt, a.id", application.id).page(0, 100).list();
    }

    private static List<User> interviewersAt(List<Assignment> interviews, Stage stage) {
        return interviews.stream().filter(a -> a.stage == stage).map(a -> a.interviewer).distinct().toList();
    }

    private static Agenda.Person person(User user) {
        return new Agenda.Person(user.name, user.zone());
    }

    private static Long id(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
