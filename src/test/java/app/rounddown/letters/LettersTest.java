package app.rounddown.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Candidate templates render from their placeholders, carry the company's name, and escape HTML only in HTML. */
@QuarkusTest
class LettersTest {
    @Inject
    Letters letters;

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
}
