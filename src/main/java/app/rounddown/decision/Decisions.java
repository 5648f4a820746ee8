package app.rounddown.decision;

import app.rounddown.audit.Audit;
import app.rounddown.letters.CandidateTemplate;
import app.rounddown.letters.Letters;
import app.rounddown.letters.Rendered;
import app.rounddown.people.CurrentUser;
import app.rounddown.pipeline.Application;
import app.rounddown.pipeline.ApplicationInputs;
import app.rounddown.pipeline.ApplicationStatus;
import app.rounddown.pipeline.Applications;
import app.rounddown.pipeline.RejectionReason;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Scorecard;
import app.rounddown.scorecard.StageResults.StageReview;
import app.rounddown.scorecard.StageResults;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Found;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Locks;
import app.rounddown.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hiring manager's decision after a SuperDay, and the rejection message that follows one. */
@ApplicationScoped
public class Decisions {
    @Inject
    CurrentUser current;
    @Inject
    Event<DecisionRecorded> recorded;
    @Inject
    Event<RejectionMessageReady> rejectionReady;
    @Inject
    Audit audit;
    @Inject
    Event<RejectionMessageSent> rejectionSent;
    @Inject
    Applications pipeline;
    @Inject
    Letters letters;

    public record Input(Outcome outcome, String discussionNote, LocalDate reapplyAfter) {
    }

    @Transactional
    public Decision decide(long applicationId, Input input) {
        Locks.holdUntilCommit("decision-" + applicationId);
        Application application = Found.or404(Application.<Application>findById(applicationId), "application", applicationId);
        StageResults results = StageResults.of(application);
        StageReview review = results.at(applicationId, Stage.SUPERDAY);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        FieldErrors errors = FieldErrors.none();
        if (Decision.of(applicationId).isPresent()) {
            errors.add("form", "This decision has already been made.");
        } else if (application.stage != Stage.SUPERDAY || application.status != ApplicationStatus.ACTIVE) {
            errors.add("form", "Decisions are made for candidates at the SuperDay stage; this one is "
                    + application.stage.label() + ", " + application.status.label().toLowerCase() + ".");
        }
        if (input.outcome() == null) {
            errors.add("outcome", "Choose: make an offer, or reject.");
        }
        String note = input.discussionNote() == null ? "" : input.discussionNote().strip();
        if (review.needsDiscussion() && note.isEmpty()) {
            errors.add("discussionNote", "The panel's scores diverge: write down what the discussion concluded before deciding.");
        }
        if (note.length() > 5000) {
            errors.add("discussionNote", "Keep the note to 5,000 characters or fewer.");
        }
        if (input.outcome() == Outcome.REJECT && (input.reapplyAfter() == null
                || !RejectionLetter.allowedReapplyDate(today, input.reapplyAfter()))) {
            errors.add("reapplyAfter", "Choose a date between " + today.plusMonths(12) + " and " + today.plusMonths(18)
                    + " (12 to 18 months from now).");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Decision decision = new Decision();
        decision.application = application;
        decision.outcome = input.outcome();
        decision.discussionNote = note.isEmpty() ? null : note;
        decision.decidedBy = current.name();
        decision.decidedAt = Instant.now();
        if (input.outcome() == Outcome.OFFER) {
            pipeline.move(applicationId, new ApplicationInputs.Move(Stage.SUPERDAY, ApplicationStatus.ACTIVE, Stage.OFFER));
        } else {
            decision.reapplyAfter = input.reapplyAfter();
            RejectionPoints.Points points = RejectionPoints.from(criterionScores(review));
            Rendered draft = letters.render(CandidateTemplate.REJECTION, RejectionLetter.values(application.candidate.name,
                    application.opening.title, points.wentWell(), points.toImprove(), input.reapplyAfter(), current.name()));
            decision.message = draft.text().strip();
            decision.messageSubject = draft.subject();
            decision.messageHtml = draft.html();
            pipeline.reject(applicationId, new ApplicationInputs.Rejection(Stage.SUPERDAY, ApplicationStatus.ACTIVE,
                    RejectionReason.SUPERDAY_OUTPUT, note.isEmpty() ? "Decided after the SuperDay: "
                    + (review.score().isPresent() ? review.scoreWord() : "no definite yes") + "." : note));
        }
        decision.persist();
        audit.created("decision", decision.id, "Decision for " + application.candidate.name + ": " + input.outcome().label(),
                Map.of("outcome", input.outcome(), "discussionNote", note, "reapplyAfter",
                        String.valueOf(decision.reapplyAfter)), application.candidate.id);
        recorded.fire(new DecisionRecorded(decision.id, applicationId, decision.outcome));
        if (decision.outcome == Outcome.REJECT) {
            rejectionReady.fire(new RejectionMessageReady(decision.id, applicationId));
        }
        return decision;
    }

    /**
     * The recruiter saves the rejection's message, and with {@code send} sends it: it goes through the outbox to the
     * candidate, once. A sent message no longer changes.
     */
    @Transactional
    public Decision message(long applicationId, Integer seenVersion, String message, boolean send) {
        Decision decision = Decision.of(applicationId).filter(d -> d.outcome == Outcome.REJECT)
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("There is no rejection message for this candidate."));
        Versions.requireUnchanged(seenVersion, decision.version);
        if (decision.messageSent()) {
            throw InvalidInput.of("form", "This message was sent " + decision.messageSentAt + " by "
                    + decision.messageSentBy + "; it can no longer change.");
        }
        if (message == null || message.isBlank() || message.length() > 10000) {
            throw InvalidInput.of("message", "Write the message to the candidate, in up to 10,000 characters.");
        }
        String email = decision.application.candidate.email;
        if (send && (email == null || email.isBlank())) {
            throw InvalidInput.of("message", decision.application.candidate.name + " has no e-mail address, so the "
                    + "message cannot be sent from here. Add one on the candidate's page, or tell them another way.");
        }
        String before = decision.message;
        String text = message.strip();
        if (!text.equals(before)) {
            // The template's HTML part says what the draft said; an edited text gets its own HTML when it is sent.
            decision.messageHtml = null;
        }
        decision.message = text;
        audit.changed("decision", decision.id, "Rejection message edited", Map.of("message", before),
                Map.of("message", decision.message), decision.application.candidate.id);
        if (send) {
            decision.messageSentAt = Instant.now();
            decision.messageSentBy = current.name();
            audit.record("decision", decision.id, "message-sent", "Rejection message to "
                    + decision.application.candidate.name + " queued for sending", Map.of(), decision.application.candidate.id);
            rejectionSent.fire(new RejectionMessageSent(decision.id, applicationId));
        }
        return decision;
    }

    /** Each current SuperDay card's scores by criterion name, in its kit's order. */
    static List<Map<String, Integer>> criterionScores(StageReview superDay) {
        List<Map<String, Integer>> cards = new ArrayList<>();
        for (Scorecard card : superDay.current()) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            card.kit.criteria.forEach(criterion -> {
                Scorecard.CriterionRating rating = card.ratings.get(criterion.key());
                scores.put(criterion.name(), rating == null ? null : rating.score());
            });
            cards.add(scores);
        }
        return cards;
    }
}
