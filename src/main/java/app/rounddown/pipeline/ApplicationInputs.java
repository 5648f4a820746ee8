package app.rounddown.pipeline;

import app.rounddown.web.FormData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person sends to act on applications, from a page form or the JSON API. */
public final class ApplicationInputs {
    static final String SEEN_STAGE = "Say which stage you saw the application at (seenStage), so a change made "
            + "meanwhile is not overwritten.";

    private ApplicationInputs() {
    }

    public record NewApplication(
            @NotNull(message = "Choose a candidate.") Long candidateId,
            @NotNull(message = "Choose an opening.") Long openingId) {
    }

    public record Move(
            @NotNull(message = SEEN_STAGE) Stage seenStage,
            ApplicationStatus seenStatus,
            @NotNull(message = "Choose the stage to move to.") Stage to) {

        static Move from(FormData form) {
            return new Move(form.choice("seenStage", Stage.class), form.choice("seenStatus", ApplicationStatus.class),
                    form.choice("to", Stage.class));
        }

        Seen seen() {
            return new Seen(seenStage, seenStatus);
        }
    }

    public record Rejection(
            @NotNull(message = SEEN_STAGE) Stage seenStage,
            ApplicationStatus seenStatus,
            @NotNull(message = "Choose the main reason.") RejectionReason category,
            @NotBlank(message = "Write the reason in a sentence or two; the candidate's history keeps it.")
            @Size(max = 2000, message = "Keep the reason to 2,000 characters or fewer.")
            String reason) {

        static Rejection from(FormData form) {
            return new Rejection(form.choice("seenStage", Stage.class), form.choice("seenStatus", ApplicationStatus.class),
                    form.choice("category", RejectionReason.class), form.text("reason"));
        }

        Seen seen() {
            return new Seen(seenStage, seenStatus);
        }
    }

    public record Withdrawal(
            @NotNull(message = SEEN_STAGE) Stage seenStage,
            ApplicationStatus seenStatus,
            @NotNull(message = "Choose the main reason.") WithdrawalReason category,
            @NotBlank(message = "Write the reason in a sentence or two; the candidate's history keeps it.")
            @Size(max = 2000, message = "Keep the reason to 2,000 characters or fewer.")
            String reason) {

        static Withdrawal from(FormData form) {
            return new Withdrawal(form.choice("seenStage", Stage.class),
                    form.choice("seenStatus", ApplicationStatus.class), form.choice("category", WithdrawalReason.class),
                    form.text("reason"));
        }

        Seen seen() {
            return new Seen(seenStage, seenStatus);
        }
    }

    public record Override(
            @NotNull(message = SEEN_STAGE) Stage seenStage,
            ApplicationStatus seenStatus,
            @NotBlank(message = "Write why the candidate should move on despite the interview results.")
            @Size(max = 2000, message = "Keep the reason to 2,000 characters or fewer.")
            String reason) {

        static Override from(FormData form) {
            return new Override(form.choice("seenStage", Stage.class), form.choice("seenStatus", ApplicationStatus.class),
                    form.text("reason"));
        }

        Seen seen() {
            return new Seen(seenStage, seenStatus);
        }
    }

    public record Reopening(
            @NotNull(message = SEEN_STAGE) Stage seenStage,
            ApplicationStatus seenStatus) {

        static Reopening from(FormData form) {
            return new Reopening(form.choice("seenStage", Stage.class), form.choice("seenStatus", ApplicationStatus.class));
        }

        Seen seen() {
            return new Seen(seenStage, seenStatus);
        }
    }
}
