package app.rounddown.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks before an action that cannot be taken back: what will happen, in words, above the real form that does it,
 * and a way back that changes nothing. A GET of the action's own address shows it, so it works without scripts
 * and an accidental click only ever lands here. Forms that need more fields (a reason) put them inside the tag.
 */
public record Confirmation(String title, List<String> consequences, String action, Map<String, Object> hidden,
                           String yes, String back) {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(Confirmation confirmation);
    }

    /** A question whose answer posts to {@code action}; "No, go back" returns to {@code back}. */
    public static Confirmation of(String title, String action, String back) {
        return new Confirmation(title, List.of(), action, new LinkedHashMap<>(), "Yes", back);
    }

    /** One thing that will happen, a sentence each. */
    public Confirmation saying(String consequence) {
        List<String> more = new ArrayList<>(consequences);
        more.add(consequence);
        return new Confirmation(title, List.copyOf(more), action, hidden, yes, back);
    }

    /** The button that does it says what it does ("Yes, release the task now"). */
    public Confirmation yes(String label) {
        return new Confirmation(title, consequences, action, hidden, label, back);
    }

    /** A value the form posts as it was seen, such as the record's version. */
    public Confirmation carrying(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(hidden);
        more.put(name, value);
        return new Confirmation(title, consequences, action, more, yes, back);
    }

    /** The question on a page of its own, for actions that need no more than a yes. */
    public TemplateInstance page() {
        return Templates.confirm(this);
    }
}
