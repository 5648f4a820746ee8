package app.rounddown.superday;

import app.rounddown.people.User;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Scorecard;
import app.rounddown.scorecard.StageResults.StageReview;
import app.rounddown.scorecard.StageResults;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.FormData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the SuperDay page shows one viewer: the day, its sessions, what came back, and the reviews they may see. */
public record SuperDayPage(SuperDay day, List<Submission> submissions, StageReview review, User viewer,
                           String viewerZone, String portalLink, List<String> warnings, Instant now,
                           FormData paymentForm, FieldErrors errors) {

    public static SuperDayPage of(SuperDay day, User viewer, String viewerZone, String portalLink, List<String> warnings,
                                  Instant now) {
        StageReview review = StageResults.of(day.application).at(day.application.id, Stage.SUPERDAY);
        return new SuperDayPage(day, Submission.withFiles(day.id), review, viewer, viewerZone, portalLink, warnings, now,
                paymentFormOf(day), FieldErrors.none());
    }

    /** The same page after a refused payment form: its typed values and a message beside each field. */
    public SuperDayPage withPaymentRefused(FormData typed, FieldErrors refused) {
        return new SuperDayPage(day, submissions, review, viewer, viewerZone, portalLink, warnings, now, typed, refused);
    }

    private static FormData paymentFormOf(SuperDay day) {
        Map<String, Object> values = new HashMap<>();
        values.put("donateFee", day.donateFee ? "on" : null);
        values.put("detailsCollected", day.paymentDetailsCollected ? "on" : null);
        values.put("taxForm", day.taxForm == null ? null : day.taxForm.name());
        values.put("taxFormReceived", day.taxFormReceived ? "on" : null);
        values.put("paidOn", day.paidOn);
        return FormData.of(values);
    }

    /** The agenda by day: a SuperDay split over several days has one session a day. */
    public List<Session> sessions() {
        Map<LocalDate, List<Block>> byDay = new LinkedHashMap<>();
        ZoneId zone = day.zone();
        for (Block block : day.blocks) {
            byDay.computeIfAbsent(block.startsAt.atZone(zone).toLocalDate(), d -> new ArrayList<>()).add(block);
        }
        List<Session> sessions = new ArrayList<>();
        byDay.forEach((date, blocks) -> sessions.add(new Session(sessions.size() + 1, date, blocks)));
        return sessions;
    }

    public record Session(int number, LocalDate date, List<Block> blocks) {
        public String label() {
            return date.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.ENGLISH));
        }
    }

    public PaymentStatus paymentStatus() {
        return day.paymentStatus(now);
    }

    public int meetingPercent() {
        return Agenda.meetingPercent(day.blocks.stream().map(Block::asAgendaBlock).toList());
    }

    public boolean othersVisible() {
        return review.othersVisibleTo(viewer);
    }

    public List<Scorecard> cards() {
        return review.visibleTo(viewer);
    }

    public boolean isReviewer() {
        return review.isAssigned(viewer);
    }

    /** Whether the viewer's own SuperDay card is in. */
    public boolean myCardIn() {
        return review.submittedBy(viewer);
    }

    /** The reviewer's link to their own card says where it stands: still to write, a draft to finish, or in. */
    public String myCardLink() {
        if (myCardIn()) {
            return "Read or amend your SuperDay scorecard";
        }
        return review.draftOf(viewer).isPresent() ? "Finish your SuperDay scorecard (draft saved)"
                : "Write your SuperDay scorecard";
    }
}
