package app.rounddown.superday;

import app.rounddown.people.User;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Assignment;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.FormData;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the scheduling form needs to show: the application, the choices, what was typed and the warnings. */
public record ScheduleForm(Application application, SuperDay day, FormData form, FieldErrors errors, List<String> warnings,
                           List<User> people, List<TaskVersion> tasks) {

    public static ScheduleForm of(Application application, SuperDay day, FormData form, FieldErrors errors,
                                  List<String> warnings) {
        List<User> people = User.<User>find("active = true order by lower(name), id").page(0, 500).list();
        return new ScheduleForm(application, day, form, errors, warnings, people,
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
        return java.util.stream.IntStream.range(0, AgendaForm.rowCount(form))
                .mapToObj(i -> new Row(i + 1, "kind" + i, "start" + i, "minutes" + i, "people" + i)).toList();
    }

    /** The day of the first block, for laying out the usual day again. */
    public String firstDay() {
        String start = form.get("start0");
        return start.length() >= 10 ? start.substring(0, 10) : "";
    }

    public List<BlockKind> kinds() {
        return List.of(BlockKind.values());
    }

    public String action() {
        return day == null ? "/superdays" : "/superdays/" + day.id + "/agenda";
    }

    /**
     * The template day from 09:00 in the candidate's zone: the hiring manager at kick-off and their meeting,
     * the SuperDay reviewers in the demo role-play and the team chats.
     */
    public static FormData template(Application application, LocalDate day, ZoneId zone) {
        User manager = application.opening.hiringManager;
        List<User> reviewers = Assignment.<Assignment>list("application.id = ?1 and stage = ?2 and excusedAt is null",
                application.id, Stage.SUPERDAY).stream().map(a -> a.interviewer).toList();
        Agenda.Person nobody = new Agenda.Person("", zone);
        List<Agenda.Block> blocks = Agenda.template(day, zone, nobody, List.of(), List.of());
        Map<String, Object> fields = new HashMap<>();
        fields.put("candidateZone", zone.getId());
        fields.put("applicationId", application.id);
        for (int i = 0; i < blocks.size(); i++) {
            Agenda.Block block = blocks.get(i);
            fields.put("kind" + i, block.kind());
            fields.put("start" + i, AgendaForm.LOCAL.format(block.start().atZone(zone)));
            fields.put("minutes" + i, block.length().toMinutes());
            List<User> who = switch (block.kind()) {
                case KICK_OFF, HIRING_MANAGER -> manager == null ? List.of() : List.of(manager);
                case DEMO_ROLE_PLAY, TEAM_CHATS -> reviewers;
                case FOCUS -> List.of();
            };
            fields.put("people" + i, who.stream().map(u -> u.id).toList());
        }
        fields.put("fee", application.opening.superdayFee.amount());
        fields.put("cancellationFee", application.opening.superdayCancellationFee.amount());
        fields.put("currency", application.opening.superdayFee.currency());
        fields.put("prepareNotes", "Bring a laptop with a good internet connection and block the whole day. "
                + "You will get the task at kick-off, a private chat channel with the team, and time to ask questions.");
        return FormData.of(fields);
    }

    /** The next working day: the usual first suggestion for a SuperDay. */
    public static LocalDate nextWorkingDay(LocalDate today) {
        LocalDate day = today.plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    static SuperDays.Setup setup(FormData form) {
        return new SuperDays.Setup(form.id("taskId"), form.get("prepareNotes"), form.amount("fee"),
                form.amount("cancellationFee"), form.text("currency") == null ? null
                : form.text("currency").strip().toUpperCase(java.util.Locale.ROOT));
    }

}
