package app.rounddown.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.support.Database;
import app.rounddown.web.FieldErrors;
import app.rounddown.web.InvalidInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Candidate templates render from their placeholders, carry the company's name, and escape HTML only in HTML. */
@QuarkusTest
class LettersTest {
    private static final CandidateTemplate CULTURE = CandidateTemplate.CULTURE_REJECTION;

    @Inject
    Letters letters;
    @Inject
    Database database;

    /** Other tests read the shipped wording: every version saved here is gone when the test ends. */
    @AfterEach
    void backToTheShippedTexts() {
        database.update("delete from candidate_template_version");
    }

    @Test
    void everyShippedTemplateRendersWithItsSamplesAndNamesTheCompany() {
        for (CandidateTemplate template : CandidateTemplate.values()) {
            Map<String, Object> values = template.samples();
            values.remove(CandidateTemplate.COMPANY_NAME);
            Rendered rendered = letters.render(template, values);
            for (String part : List.of(rendered.text(), rendered.html())) {
                assertTrue(part.contains("Acme Test Company"), template + ": " + part);
                assertTrue(part.contains("Dana"), template + ": " + part);
                assertTrue(!part.contains("{"), template + " left a placeholder: " + part);
            }
            assertTrue(!rendered.subject().contains("\n"), rendered.subject());
        }
    }

    @Test
    void theSuperDayAgendaIsOneLinePerBlockInTheTextPart() {
        Map<String, Object> values = CandidateTemplate.SUPERDAY_INVITATION.samples();
        values.remove(CandidateTemplate.COMPANY_NAME);
        String text = letters.render(CandidateTemplate.SUPERDAY_INVITATION, values).text();
        assertTrue(text.contains("09:00\u201309:30  Kick-off\n09:30\u201316:00  Task\n"), text);
    }

    @Test
    void htmlIsEscapedInTheHtmlPartOnly() {
        Map<String, Object> values = CandidateTemplate.CULTURE_REJECTION.samples();
        values.remove(CandidateTemplate.COMPANY_NAME);
        values.put("firstName", "<Dana & Co>");
        Rendered rendered = letters.render(CandidateTemplate.CULTURE_REJECTION, values);
        assertTrue(rendered.text().startsWith("Hi <Dana & Co>,"), rendered.text());
        assertTrue(rendered.html().contains("Hi &lt;Dana &amp; Co&gt;,"), rendered.html());
    }

    @Test
    void aFeatureMustGiveEveryPlaceholder() {
        Map<String, Object> values = CandidateTemplate.CULTURE_REJECTION.samples();
        values.remove(CandidateTemplate.COMPANY_NAME);
        values.remove("signedBy");
        assertThrows(IllegalArgumentException.class, () -> letters.render(CandidateTemplate.CULTURE_REJECTION, values));
    }

    @Test
    void writtenTextBecomesParagraphsAndListsInHtml() {
        String html = PlainText.toHtml("Hi Dana,\n\nWhat went well:\n- Clear <questions>\n- Pace\n\nBest,\nRita", "Acme");
        assertTrue(html.contains("<p>Hi Dana,</p>\n<p>What went well:</p>\n<ul>\n<li>Clear &lt;questions&gt;</li>\n"
                + "<li>Pace</li>\n</ul>\n<p>Best,<br>\nRita</p>"), html);
        assertEquals(1, html.split("<title>Acme</title>", -1).length - 1);
    }

    @Test
    void aSavedVersionIsWhatCandidatesReceiveFromThenOn() {
        TemplateVersion saved = save(wording("Thanks, {firstName}", "Dear {candidateName}, from {companyName}."), 0);

        assertEquals(1, saved.version);
        Rendered rendered = letters.render(CULTURE, values());
        assertEquals("Thanks, Dana", rendered.subject());
        assertEquals("Dear Dana Dealer, from Acme Test Company.", rendered.text());
        assertEquals(2, save(wording("Again, {firstName}", "Hello {firstName}."), 1).version);
        assertEquals("Again, Dana", letters.render(CULTURE, values()).subject());
    }

    @Test
    void restoringAnOldVersionSavesItAgainAsTheNewest() {
        save(wording("First {firstName}", "One."), 0);
        save(wording("Second {firstName}", "Two."), 1);

        TemplateVersion restored = QuarkusTransaction.requiringNew().call(() -> letters.restore(CULTURE, 1, 2, null,
                "Ada Admin"));

        assertEquals(3, restored.version);
        assertEquals("Restored version 1", restored.note);
        assertEquals("First Dana", letters.render(CULTURE, values()).subject());
        assertEquals(3, database.count("select count(*) from candidate_template_version where template_key = ?",
                CULTURE.key()), "restoring adds a version; the old ones stay as they were");
    }

    @Test
    void backToTheShippedTextIsANewVersionWithTheShippedWording() {
        save(wording("Edited {firstName}", "Edited."), 0);

        TemplateVersion shipped = QuarkusTransaction.requiringNew().call(() -> letters.restore(CULTURE, 0, 1, null,
                "Ada Admin"));

        assertEquals(2, shipped.version);
        assertEquals(Letters.shipped(CULTURE), letters.current(CULTURE));
    }

    /** Issue 13: "a version history like the kits"; a save on a stale base must not replace a version saved meanwhile. */
    @Test
    void aSaveStartedFromAnOlderVersionIsRefusedAndNamesWhoSavedMeanwhile() {
        save(wording("Rita's {firstName}", "Rita's."), 0);

        InvalidInput refused = assertThrows(InvalidInput.class, () -> save(wording("Sam's {firstName}", "Sam's."), 0));

        String message = refused.errors().get(Letters.STALE);
        assertTrue(message.startsWith("Rita Recruiter saved version 1 on "), message);
        assertTrue(message.contains("while you were working from the shipped text, so nothing was saved"), message);
        assertEquals("Rita's Dana", letters.render(CULTURE, values()).subject());
        assertEquals(1, database.count("select count(*) from candidate_template_version"));
    }

    /** Issue 13: "a check that every placeholder exists". */
    @Test
    void anUnknownPlaceholderIsNamedWithThePlaceholdersTheTemplateHas() {
        FieldErrors errors = letters.check(CULTURE, new TemplateText("Hi {firstName}", "Hi {candidatName},\nThanks.",
                "<p>Hi {firstName}</p>"));

        assertEquals("The text part (line 1): {candidatName} is not a placeholder of this template; it has "
                + "firstName, candidateName, openingTitle, signedBy, companyName.", errors.get("text"));
        assertTrue(!errors.has("subject") && !errors.has("html"), errors.asList().toString());
    }

    @Test
    void anUnknownPlaceholderInABranchTheSamplesDoNotTakeIsFoundToo() {
        FieldErrors errors = letters.check(CULTURE, wording("Hi {#if false}{signedby}{/if}", "Hi."));

        assertTrue(errors.get("subject").contains("{signedby} is not a placeholder of this template"),
                errors.get("subject"));
    }

    @Test
    void loopVariablesAndEveryShippedTemplatePassTheCheck() {
        for (CandidateTemplate template : CandidateTemplate.values()) {
            assertTrue(letters.check(template, Letters.shipped(template)).isEmpty(),
                    template + ": " + letters.check(template, Letters.shipped(template)).asList());
        }
        TemplateText agenda = new TemplateText("Day {date}", "{#for line in agenda}{line_count}. {line.time} "
                + "{line.title}\n{/for}", "<p>{#each agenda}{it.title}{/each}</p>");
        assertTrue(letters.check(CandidateTemplate.SUPERDAY_INVITATION, agenda).isEmpty(),
                letters.check(CandidateTemplate.SUPERDAY_INVITATION, agenda).asList().toString());
    }

    @Test
    void aPropertyALoopLineDoesNotHaveIsRefused() {
        TemplateText agenda = new TemplateText("Day {date}", "{#for line in agenda}{line.tme}{/for}", "<p>x</p>");

        String message = letters.check(CandidateTemplate.SUPERDAY_INVITATION, agenda).get("text");

        assertEquals("The text part cannot be shown (line 1): {line.tme} asks for \u201ctme\u201d, which that value "
                + "does not have.", message);
    }

    @Test
    void aLoopOverSomethingThatIsNotAListIsRefused() {
        TemplateText loop = new TemplateText("Hi", "{#for line in signedBy}{line}{/for}", "<p>x</p>");

        assertEquals("The text part cannot be shown (line 1): {signedBy} is not a list, so {#for} cannot go through it.",
                letters.check(CULTURE, loop).get("text"));
    }

    @Test
    void aSectionLeftOpenIsAMistakeInTheFieldItIsIn() {
        FieldErrors errors = letters.check(CULTURE, new TemplateText("Hi", "Hi.", "<p>{#if signedBy}Best</p>"));

        assertTrue(errors.get("html").startsWith("The HTML part cannot be read (line 1): "), errors.get("html"));
        assertTrue(errors.get("html").contains("{/if}"), errors.get("html"));
        assertTrue(!errors.has("text"), errors.asList().toString());
    }

    @Test
    void emptyPartsASubjectOnTwoLinesAndIncludesAreRefused() {
        FieldErrors errors = letters.check(CULTURE, new TemplateText("Hi\nthere", " ", "{#include main}{/include}"));

        assertEquals("Keep the subject on one line: a mail's subject has no line breaks.", errors.get("subject"));
        assertEquals("The text part is empty; write it, using the placeholders on the right.", errors.get("text"));
        assertTrue(errors.get("html").startsWith("The HTML part uses {#include}, which a message cannot use"),
                errors.get("html"));
        assertTrue(letters.check(CULTURE, new TemplateText("Hi {inject:letters.companyName}", "x", "x")).get("subject")
                .contains("which a message cannot use"));
    }

    @Test
    void anOverLongPartIsRefusedWithItsLength() {
        FieldErrors errors = letters.check(CULTURE, new TemplateText("Hi " + "a".repeat(300), "x", "x"));

        assertEquals("The subject is 303 characters long; keep it to 300.", errors.get("subject"));
    }

    @Test
    void aWordingWithMistakesIsNotSaved() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> save(wording("Hi {nope}", "x"), 0));

        assertTrue(refused.errors().has("subject"));
        assertEquals(0, database.count("select count(*) from candidate_template_version"));
    }

    private TemplateVersion save(TemplateText wording, int basedOn) {
        return QuarkusTransaction.requiringNew().call(() -> letters.save(CULTURE, wording, basedOn, null,
                "Rita Recruiter", ""));
    }

    private static TemplateText wording(String subject, String text) {
        return new TemplateText(subject, text, "<!DOCTYPE html><html lang=\"en\"><head><title>{companyName}</title>"
                + "</head><body><p>" + text + "</p></body></html>");
    }

    private static Map<String, Object> values() {
        Map<String, Object> values = CULTURE.samples();
        values.remove(CandidateTemplate.COMPANY_NAME);
        return values;
    }
}
