package app.rounddown.mail;

import app.rounddown.letters.CandidateTemplate;
import app.rounddown.letters.Rendered;
import app.rounddown.letters.TemplateVersion;
import java.util.List;

/**
 * What the template editor shows beside the form: the version in use (none: the shipped text), the history, the
 * candidates a preview may use and, once asked for, the preview.
 */
public record TemplateEditor(CandidateTemplate template, TemplateVersion current, List<TemplateVersion> history,
                             List<CandidateChoice> candidates, CandidateChoice chosen, Rendered preview) {

    /** A candidate a preview may be rendered for, with the role of their newest application. */
    public record CandidateChoice(long id, String name, String openingTitle) {
        public String label() {
            return openingTitle == null ? name : name + " (" + openingTitle + ")";
        }
    }

    /** The version a save starts from: 0 while the shipped text is in use. */
    public int currentNumber() {
        return current == null ? 0 : current.version;
    }

    public boolean tooManyToList() {
        return history.size() >= TemplateVersion.HISTORY;
    }
}
