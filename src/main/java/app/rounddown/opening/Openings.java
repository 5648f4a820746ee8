package app.rounddown.opening;

import app.rounddown.audit.Audit;
import app.rounddown.money.Currencies;
import app.rounddown.people.Role;
import app.rounddown.people.User;
import app.rounddown.web.CompanyDefaults;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.Found;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/** Creating and changing openings, for pages and API alike, each change written to the audit log. */
@ApplicationScoped
public class Openings {
    @Inject
    Audit audit;
    @Inject
    CompanyDefaults defaults;

    @Transactional
    public Opening open(OpeningInput input) {
        User manager = hiringManager(input.hiringManagerId());
        checkCurrency(input);
        checkPost(input, null);
        Opening opening = Opening.open(input, manager, defaults);
        opening.secondApprover = secondApprover(input.secondApproverId(), manager);
        audit.created("opening", opening.id, "Opening \u201c" + opening.title + "\u201d created", opening.snapshot(), null);
        return opening;
    }

    @Transactional
    public Opening revise(long id, OpeningInput input) {
        Opening opening = find(id);
        Versions.requireUnchanged(input.version(), opening.version);
        Map<String, Object> before = opening.snapshot();
        User manager = hiringManager(input.hiringManagerId());
        checkCurrency(input);
        checkPost(input, opening);
        opening.apply(input, manager, secondApprover(input.secondApproverId(), manager));
        opening.flush();
        audit.changed("opening", opening.id, "Opening \u201c" + opening.title + "\u201d edited", before,
                opening.snapshot(), null);
        return opening;
    }

    /** The hiring manager must be an active user who holds that role. */
    static User hiringManager(Long id) {
        User user = id == null ? null : User.findById(id);
        if (user == null || !user.active || !user.has(Role.HIRING_MANAGER)) {
            throw InvalidInput.of("hiringManagerId", "Choose an active user with the hiring manager role.");
        }
        return user;
    }

    /** The SuperDay fee's currency, if given, is a real one: SuperDays and offers of the opening start from it. */
    private static void checkCurrency(OpeningInput input) {
        if (input.superdayCurrency() != null && !Currencies.known(input.superdayCurrency())) {
            throw InvalidInput.of("superdayCurrency", Currencies.MESSAGE);
        }
    }

    /**
     * A careers-page address belongs to one opening; a published post has a description for candidates to read
     * (closing the opening unpublishes it, so closing is never refused for this).
     */
    private static void checkPost(OpeningInput input, Opening existing) {
        FieldErrors errors = FieldErrors.none();
        if (input.slug() != null && !input.slug().isBlank()) {
            Opening.bySlug(input.slug()).filter(other -> existing == null || !other.id.equals(existing.id))
                    .ifPresent(other -> errors.add("slug", "Another opening, \u201c" + other.title
                            + "\u201d, already has this address; choose another."));
        }
        boolean published = input.published() != null ? input.published() : existing != null && existing.published;
        String description = input.description() != null ? input.description() : existing == null ? null : existing.description;
        OpeningStatus status = input.status() != null ? input.status() : existing == null ? OpeningStatus.OPEN : existing.status;
        if (published && status == OpeningStatus.OPEN && (description == null || description.isBlank())) {
            errors.add("description", "Write the description candidates will read before publishing the opening.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** Offers need a second approver: an active hiring manager or admin who is not the hiring manager. */
    static User secondApprover(Long id, User manager) {
        if (id == null) {
            return null;
        }
        User user = User.findById(id);
        if (user == null || !user.active || !(user.has(Role.HIRING_MANAGER) || user.has(Role.ADMIN))
                || user.id.equals(manager.id)) {
            throw InvalidInput.of("secondApproverId", "Choose an active hiring manager or admin other than the hiring manager.");
        }
        return user;
    }

    public static Opening find(Long id) {
        return Found.or404(Opening.findById(id), "opening", id);
    }
}
