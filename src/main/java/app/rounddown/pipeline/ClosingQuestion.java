package app.rounddown.pipeline;

import app.rounddown.web.Confirmation;
import app.rounddown.web.FormData;

/**
 * A rejection or a withdrawal says what it will do before it is done: where the application closes, and what reaches
 * the candidate. Its form also needs a reason, so one click on "Reject" can never close an application.
 */
final class ClosingQuestion {
    private ClosingQuestion() {
    }

    /** The question for {@code action} ("reject" or "withdraw"), carrying what the person saw from {@code form}. */
    static Confirmation of(Application application, String action, FormData form) {
        String name = application.candidate.name;
        String stage = application.stage.label();
        boolean reject = "reject".equals(action);
        String back = ReturnTo.safe(form.get("returnTo"), application);
        Confirmation question = reject
                ? Confirmation.of("Reject " + name + "?", "/applications/" + application.id + "/rejections",
                back).yes("Reject " + name + " at " + stage)
                : Confirmation.of("Record that " + name + " withdrew?", "/applications/" + application.id + "/withdrawals",
                back).yes("Record " + name + "'s withdrawal at " + stage);
        question = question.saying(name + "'s application for " + application.opening.title + " closes at " + stage
                + ": it keeps that stage, so reports show where people leave, and it can be reopened later.");
        question = reject && application.stage == Stage.CULTURE
                ? question.saying("Next, a short message to " + name + " is drafted for you to edit and send, or not: "
                + "nothing is sent until you choose.")
                : question.saying("Nothing is sent to " + name + ".");
        return question.carrying("seenStage", form.get("seenStage")).carrying("seenStatus", form.get("seenStatus"))
                .carrying("returnTo", back);
    }
}
