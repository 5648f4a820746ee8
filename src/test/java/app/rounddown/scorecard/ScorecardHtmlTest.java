package app.rounddown.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rounddown.people.User;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A card's markup is the one tags/card.html wrote while Qute evaluated it (the template below, as it was), byte for
 * byte: every part a card can show, and every value escaped as Qute escapes one in an HTML page.
 */
@QuarkusTest
class ScorecardHtmlTest {
    private static final String TEMPLATE_BEFORE = """
            {! One submitted scorecard, read-only. !}
            <article class="scorecard">
              <header>
                <strong>{card.interviewer.name}</strong> · <span class="score score-{card.overall}">{card.overall} {card.overallWord}</span>
                {#if card.softThree}<span class="badge badge-warn">Soft 3</span>{/if}
                {#if card.writtenIndependently}<span class="badge badge-open">Written independently</span>{#else}<span class="badge">Saw other cards first</span>{/if}
                {#if card.revision > 1}<span class="badge">Amended (revision {card.revision})</span>{/if}
                <span class="muted">submitted {card.submittedAt.format}</span>
              </header>
              {#if card.amendReason}<p><strong>Why amended:</strong> {card.amendReason}</p>{/if}
              <dl class="criteria">
                {#for criterion in card.kit.criteria}
                {#let rating=card.ratings.get(criterion.key)}
                <dt>{criterion.name}</dt>
                <dd>{#if rating && rating.score}{rating.score}{#else}not assessed{/if}{#if rating && rating.note} · {rating.note}{/if}</dd>
                {/let}
                {/for}
              </dl>
              <p><strong>Key takeaways:</strong> {card.takeaways}</p>
              {#if card.mildConcerns}<p><strong>Mild concerns:</strong> {card.mildConcerns}</p>{/if}
              {#if card.askNext}<p><strong>Ask the next interviewer:</strong> {card.askNext}</p>{/if}
            </article>
            """;
    private static final List<InterviewKit.Criterion> CRITERIA = List.of(
            new InterviewKit.Criterion("pitch", "Product pitch & <demo>", "", false),
            new InterviewKit.Criterion("culture", "Culture \"fit\"", "", true),
            new InterviewKit.Criterion("grit", "Grit", "", false));

    @Inject
    Engine engine;

    @Test
    void aPlainCardIsWhatTheTemplateWrote() {
        Scorecard card = card("Ann Lee", 3, Boolean.FALSE, 1, null, ratings(4, null, 3, null, 3, null), "Good", null,
                null);
        assertSameAsTemplate(card);
    }

    @Test
    void anAmendedSoftThreeWrittenAfterOthersWithEveryTextShowsAllOfIt() {
        Scorecard card = card("Zoë O'Brien <b>&\"", 3, Boolean.TRUE, 2, "Second thoughts: <script>", ratings(3, "ok & fine",
                null, "didn't \"ask\"", 2, ""), "Takes <notes> & 'quotes'", "Talks over people", "Ask about \"churn\"");
        assertSameAsTemplate(card);
    }

    @Test
    void aCriterionNotRatedAtAllAndEmptyTextsAreLeftOut() {
        Map<String, Scorecard.CriterionRating> ratings = new LinkedHashMap<>();
        ratings.put("pitch", new Scorecard.CriterionRating(1, "weak"));
        Scorecard card = card("Bo", 1, null, 1, "", ratings, "", "", "");
        assertSameAsTemplate(card);
    }

    @Test
    void aValueThatIsNotThereIsWrittenAsNothingAsTheTemplateDid() {
        Scorecard card = card("Cy", 2, Boolean.FALSE, 1, null, ratings(2, null, 2, null, 2, null), null, null, null);
        card.overall = null;
        assertSameAsTemplate(card);
    }

    @Test
    void valuesAreEscapedAsInAnHtmlPage() {
        Scorecard card = card("A&B", 4, Boolean.FALSE, 1, null, ratings(4, null, 4, null, 4, null), "<i>x</i>", null,
                null);
        String html = ScorecardHtml.html(card).getValue();
        assertEquals(true, html.contains("<strong>A&amp;B</strong>"), html);
        assertEquals(true, html.contains("Key takeaways:</strong> &lt;i&gt;x&lt;/i&gt;</p>"), html);
        assertEquals(true, html.contains("<dt>Product pitch &amp; &lt;demo&gt;</dt>"), html);
    }

    private void assertSameAsTemplate(Scorecard card) {
        Template before = engine.parse(TEMPLATE_BEFORE, Variant.forContentType(Variant.TEXT_HTML));
        assertEquals(before.data("card", card).render(), ScorecardHtml.html(card).getValue() + "\n");
    }

    private static Map<String, Scorecard.CriterionRating> ratings(Integer pitch, String pitchNote, Integer culture,
                                                                   String cultureNote, Integer grit, String gritNote) {
        Map<String, Scorecard.CriterionRating> ratings = new LinkedHashMap<>();
        ratings.put("pitch", new Scorecard.CriterionRating(pitch, pitchNote));
        ratings.put("culture", new Scorecard.CriterionRating(culture, cultureNote));
        ratings.put("grit", new Scorecard.CriterionRating(grit, gritNote));
        return ratings;
    }

    private static Scorecard card(String interviewer, int overall, Boolean sawOthers, int revision, String amendReason,
                                  Map<String, Scorecard.CriterionRating> ratings, String takeaways, String mildConcerns,
                                  String askNext) {
        User person = new User();
        person.name = interviewer;
        InterviewKit kit = new InterviewKit();
        kit.criteria = CRITERIA;
        Scorecard card = new Scorecard();
        card.interviewer = person;
        card.kit = kit;
        card.overall = overall;
        card.sawOthers = sawOthers;
        card.revision = revision;
        card.amendReason = amendReason;
        card.ratings = ratings;
        card.takeaways = takeaways;
        card.mildConcerns = mildConcerns;
        card.askNext = askNext;
        card.submittedAt = Instant.parse("2026-11-30T09:15:00Z");
        return card;
    }
}
