package app.rounddown.superday;

import app.rounddown.people.User;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.FormData;
import app.rounddown.web.WebAddress;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agenda as the scheduling form sends it: numbered rows of kind, start (in the candidate's zone),
 * length and participants. Blank rows are room to add blocks, for example a second session on another day.
 */
public final class AgendaForm {
    public static final int MAX_ROWS = 20;
    /** Empty rows offered below the agenda, so a block or a second session can be added without JavaScript. */
    public static final int SPARE_ROWS = 3;
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public record Row(BlockKind kind, LocalDateTime start, int minutes, List<Long> participantIds, String videoLink) {
    }

    private final ZoneId zone;
    private final List<Row> rows;
    private final FieldErrors errors;

    private AgendaForm(ZoneId zone, List<Row> rows, FieldErrors errors) {
        this.zone = zone;
        this.rows = rows;
        this.errors = errors;
    }

    public static AgendaForm read(FormData form) {
        FieldErrors errors = FieldErrors.none();
        ZoneId zone = zone(form.text("candidateZone"), errors);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String kindText = form.text("kind" + i);
            String startText = form.text("start" + i);
            if (kindText == null && startText == null) {
                continue;
            }
            BlockKind kind = form.choice("kind" + i, BlockKind.class);
            if (kind == null) {
                errors.add("kind" + i, "Choose what happens in this block, or clear its start time to leave it out.");
            }
            LocalDateTime start = null;
            try {
                start = startText == null ? null : LocalDateTime.parse(startText.strip());
            } catch (DateTimeParseException e) {
                start = null;
            }
            if (start == null) {
                errors.add("start" + i, "Give the start as a date and time, such as 2026-11-24 09:00.");
            }
            Integer minutes = form.number("minutes" + i);
            if (minutes == null || minutes < 5 || minutes > 600) {
                errors.add("minutes" + i, "Use a length from 5 to 600 minutes.");
            }
            List<Long> people = form.all("people" + i).stream().map(AgendaForm::id).filter(id -> id != null).distinct()
                    .toList();
            String video = videoLink(form.text("video" + i), "video" + i, errors);
            if (kind != null && start != null && minutes != null) {
                rows.add(new Row(kind, start, minutes, people, video));
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add("kind0", "Add at least one block to the agenda.");
        }
        if (rows.stream().noneMatch(r -> r.kind() == BlockKind.FOCUS) && !rows.isEmpty()) {
            errors.add("kind0", "Give the candidate focus time on the task: the day is mostly the task.");
        }
        return new AgendaForm(zone, rows, errors);
    }

    /** The form fields of an agenda, to show it again. */
    public static Map<String, Object> fields(ZoneId zone, List<Block> blocks) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("candidateZone", zone.getId());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            fields.put("kind" + i, block.kind);
            fields.put("start" + i, LOCAL.format(block.startsAt.atZone(zone)));
            fields.put("minutes" + i, block.minutes);
            fields.put("people" + i, block.participants.stream().map(p -> p.id).toList());
            fields.put("video" + i, block.videoLink);
        }
        return fields;
    }

    /** How many rows the form shows: the blocks there are (or were typed), and a few spare ones. */
    public static int rowCount(FormData form) {
        int used = 0;
        for (int i = 0; i < MAX_ROWS; i++) {
            if (form.text("kind" + i) != null || form.text("start" + i) != null) {
                used = i + 1;
            }
        }
        return Math.min(MAX_ROWS, used + SPARE_ROWS);
    }

    /** Blocks for this agenda with their participants; unknown or inactive people are reported. */
    public List<Block> blocks(Map<Long, User> people) {
        List<Block> blocks = new ArrayList<>();
        if (zone == null) {
            return blocks;
        }
        for (Row row : rows) {
            Block block = new Block();
            block.kind = row.kind();
            block.startsAt = row.start().atZone(zone).toInstant();
            block.minutes = row.minutes();
            block.videoLink = row.videoLink();
            for (Long id : row.participantIds()) {
                User user = people.get(id);
                if (user != null) {
                    block.participants.add(user);
                }
            }
            blocks.add(block);
        }
        blocks.sort(java.util.Comparator.comparing(b -> b.startsAt));
        return blocks;
    }

    public Set<Long> participantIds() {
        Set<Long> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.addAll(r.participantIds()));
        return ids;
    }

    public ZoneId zone() {
        return zone;
    }

    public FieldErrors errors() {
        return errors;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }


    private static ZoneId zone(String text, FieldErrors errors) {
        if (text == null) {
            errors.add("candidateZone", "Choose the candidate's time zone, such as America/New_York.");
            return null;
        }
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            errors.add("candidateZone", "\u201c" + text + "\u201d is not a time zone; choose one such as America/New_York.");
            return null;
        }
    }

    /** A meeting's video link, optional: a web address the candidate can open, or nothing. */
    private static String videoLink(String text, String field, FieldErrors errors) {
        if (text == null) {
            return null;
        }
        String link = text.strip();
        if (link.length() > 500 || !new WebAddress.Validator().isValid(link, null)) {
            errors.add(field, "Give the video link as a web address of up to 500 characters, starting with https://.");
            return null;
        }
        return link;
    }

    private static Long id(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
