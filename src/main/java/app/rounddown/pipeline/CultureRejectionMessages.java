package app.rounddown.pipeline;

import app.rounddown.audit.Audit;
import app.rounddown.letters.CandidateTemplate;
import app.rounddown.letters.Letters;
import app.rounddown.letters.Rendered;
import app.rounddown.people.CurrentUser;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Drafts the message after a culture-interview rejection, and sends it (through the outbox) or not, once. */
@ApplicationScoped
public class CultureRejectionMessages {
    public enum Action { SAVE, SEND, SKIP }

    @Inject
    Letters letters;
    @Inject
    CurrentUser current;
    @Inject
    Audit audit;
    @Inject
    Event<CultureRejectionSent> sent;

    /** Inside the rejection's transaction; a message already sent for an earlier rejection stays as it was. */
    @Transactional(Transactional.TxType.MANDATORY)
    void draft(Application application) {
        CultureRejectionMessage message = CultureRejectionMessage.<CultureRejectionMessage>of(application.id).orElse(null);
        if (message != null && message.sent()) {
            return;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        String name = application.candidate.name.strip();
        values.put("firstName", name.split("\\s+")[0]);
        values.put("candidateName", name);
        values.put("openingTitle", application.opening.title);
        values.put("signedBy", current.name());
        Rendered draft = letters.render(CandidateTemplate.CULTURE_REJECTION, values);
        boolean created = message == null;
        if (created) {
            message = new CultureRejectionMessage();
            message.applicationId = application.id;
        }
        message.redraft(draft.subject(), draft.text().strip(), draft.html(), Instant.now());
        if (created) {
            message.persist();
        }
    }

    @Transactional
    public CultureRejectionMessage close(long applicationId, Integer seenVersion, String text, Action action) {
        CultureRejectionMessage message = find(applicationId);
        Application application = Application.findById(applicationId);
        Versions.requireUnchanged(seenVersion, message.version);
        if (message.sent()) {
            throw InvalidInput.of("form", "This message was sent " + message.closedAt + " by " + message.closedBy
                    + "; it can no longer change.");
        }
        if (action != Action.SKIP && (text == null || text.isBlank() || text.length() > 10000)) {
            throw InvalidInput.of("text", "Write the message to the candidate, in up to 10,000 characters.");
        }
        String email = application.candidate.email;
        if (action == Action.SEND && (email == null || email.isBlank())) {
            throw InvalidInput.of("text", application.candidate.name + " has no e-mail address, so the message cannot "
                    + "be sent from here. Add one on the candidate's page, or tell them another way.");
        }
        if (action != Action.SKIP) {
            message.edit(text.strip());
        }
        if (action == Action.SEND) {
            message.close(CultureRejectionMessage.Status.SENT, current.name(), Instant.now());
            sent.fire(new CultureRejectionSent(applicationId));
        } else if (action == Action.SKIP) {
            message.close(CultureRejectionMessage.Status.SKIPPED, current.name(), Instant.now());
        }
        audit.record("culture-rejection-message", applicationId, action.name().toLowerCase(),
                switch (action) {
                    case SAVE -> "Message to " + application.candidate.name + " after the culture interview saved";
                    case SEND -> "Message to " + application.candidate.name + " after the culture interview sent";
                    case SKIP -> "No message to " + application.candidate.name + " after the culture interview";
                }, Map.of(), application.candidate.id);
        return message;
    }

    public static CultureRejectionMessage find(long applicationId) {
        return CultureRejectionMessage.of(applicationId).orElseThrow(() -> new NotFoundException(
                "There is no message drafted after a culture-interview rejection for this application."));
    }
}
