package app.rounddown.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.candidate.Source;
import app.rounddown.decision.OfferStatus;
import app.rounddown.pipeline.ApplicationStatus;
import app.rounddown.pipeline.Stage;
import app.rounddown.scorecard.Gate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A card's markup, as the board's template wrote it before it moved to Java: every part a card can show, and every
 * value escaped as Qute escapes one (the byte-for-byte comparison with the template on a 100,000-candidate board is in
 * the commit that moved it).
 */
class BoardCardHtmlTest {
    private static final Instant TWELVE_DAYS_AGO = Instant.now().minus(Duration.ofDays(12)).minusSeconds(60);

    @Test
    void aNameIsEscapedWhereverItAppears() {
        BoardCard card = card("Zoë O'Brien <b>&\"", ApplicationStatus.ACTIVE, Stage.APPLIED, null, null, false, false,
                null, null, null, null, "/boards/cards/7/actions", false);
        assertEquals("<li class=\"card\"><a href=\"/candidates/42\">Zoë O&#39;Brien &lt;b&gt;&amp;&quot;</a>\n"
                + "<div class=\"card-meta\">12 days in stage · Referral</div>\n"
                + "<a class=\"card-act\" href=\"/boards/cards/7/actions\" aria-label=\"Actions for Zoë O&#39;Brien "
                + "&lt;b&gt;&amp;&quot;\">Actions</a></li>", html(card));
    }

    @Test
    void aNewApplicationFromSomeoneRejectedBeforeSaysBoth() {
        BoardCard card = new BoardCard(7, 42, "Ann", Source.REFERRAL, Stage.APPLIED, ApplicationStatus.ACTIVE,
                TWELVE_DAYS_AGO, 0, null, false, false, null, null, null, null, null, true, LocalDate.of(2027, 3, 1), null,
                false);
        assertEquals("<li class=\"card\"><a href=\"/candidates/42\">Ann</a>\n<div class=\"card-flags\"><span "
                + "class=\"badge badge-new\">New<span class=\"visually-hidden\"> application from the careers page</span>"
                + "</span> <span class=\"badge badge-warn\">Reapplied before 2027-03-01</span></div>\n"
                + "<div class=\"card-meta\">12 days in stage · Referral</div></li>", html(card));
    }

    @Test
    void aRejectedCardSaysWhyAndAnEmptyReasonIsLeftOut() {
        BoardCard card = card("Ann", ApplicationStatus.REJECTED, Stage.TECHNICAL, "Skills & fit", "", false, false,
                null, null, null, null, null, false);
        assertEquals("<li class=\"card card-closed\"><a href=\"/candidates/42\">Ann</a>\n"
                + "<div class=\"card-meta\">12 days in stage · Referral</div>\n"
                + "<p class=\"card-closing\"><strong>Rejected</strong>: Skills &amp; fit</p></li>",
                html(card));
    }

    @Test
    void aHeldCardShowsItsCardsInAndEachBlockerAndTheResultOnceAllAreIn() {
        BoardCard.Readiness held = new BoardCard.Readiness(true, 2, 2, List.of(
                new Gate.Hold(Gate.Blocker.BELOW_THREE, "why"), new Gate.Hold(Gate.Blocker.STRONG_NO, "why")));
        BoardCard card = card("Ann", ApplicationStatus.ACTIVE, Stage.CULTURE, null, null, true, true, 2, held, null,
                null, null, false);
        assertEquals("<li class=\"card\"><a href=\"/candidates/42\">Ann</a>\n"
                + "<div class=\"card-meta\">12 days in stage · Referral</div>\n"
                + "<div class=\"card-gate\"><span class=\"cards-in\">2/2 cards</span>\n<span class=\"blocker\">Below 3"
                + "</span>\n<span class=\"blocker\">Strong No</span></div>\n<div class=\"card-result\"><span class=\"score "
                + "score-2\">2 No</span> <span class=\"badge badge-warn\">Needs discussion</span> <span class=\"badge "
                + "badge-warn\">Overridden</span></div></li>", html(card));
    }

    @Test
    void withoutAnInterviewerTheCardSaysSoAndHidesAPartialResult() {
        BoardCard.Readiness nobody = new BoardCard.Readiness(true, 0, 0,
                List.of(new Gate.Hold(Gate.Blocker.MISSING_CARD, "why")));
        BoardCard card = card("Ann", ApplicationStatus.ACTIVE, Stage.CULTURE, null, null, false, false, 3, nobody,
                null, null, null, false);
        assertEquals("<li class=\"card\"><a href=\"/candidates/42\">Ann</a>\n"
                + "<div class=\"card-meta\">12 days in stage · Referral</div>\n"
                + "<div class=\"card-gate\"><span class=\"cards-in\">No interviewer yet</span>\n<span class=\"blocker\">"
                + "Missing card</span></div></li>", html(card));
    }

    @Test
    void anOfferLinksOnlyForThoseWhoMayOpenIt() {
        BoardCard linked = card("Ann", ApplicationStatus.ACTIVE, Stage.OFFER, null, null, false, false, null, null,
                9L, OfferStatus.SENT, null, true);
        BoardCard unlinked = card("Ann", ApplicationStatus.ACTIVE, Stage.OFFER, null, null, false, false, null, null,
                9L, OfferStatus.SENT, null, false);
        String meta = "<li class=\"card\"><a href=\"/candidates/42\">Ann</a>\n"
                + "<div class=\"card-meta\">12 days in stage · Referral</div>\n<p class=\"card-offer\">";
        assertEquals(meta + "<a href=\"/offers/9\" aria-label=\"Offer: Sent for Ann\">Offer: Sent</a></p></li>",
                html(linked));
        assertEquals(meta + "Offer: Sent</p></li>", html(unlinked));
    }

    @Test
    void aColumnsCardsAreOneIndentedLineEach() {
        BoardCard first = card("Ann", ApplicationStatus.ACTIVE, Stage.APPLIED, null, null, false, false, null, null,
                null, null, null, false);
        BoardCard second = card("Bob", ApplicationStatus.ACTIVE, Stage.APPLIED, null, null, false, false, null, null,
                null, null, null, false);
        assertEquals("  " + html(first) + "\n  " + html(second), BoardCardHtml.list(List.of(first, second)).getValue(),
                "the column's template ends the last line");
        assertEquals("", BoardCardHtml.list(List.of()).getValue());
    }

    /** One card as a column writes it, without the line's indentation. */
    private static String html(BoardCard card) {
        String line = BoardCardHtml.list(List.of(card)).getValue();
        assertTrue(line.startsWith("  "), "indented as the template indented it");
        return line.substring(2);
    }

    private static BoardCard card(String name, ApplicationStatus status, Stage stage, String closedCategory,
                                  String closedReason, boolean needsDiscussion, boolean overridden, Integer result,
                                  BoardCard.Readiness readiness, Long offerId, OfferStatus offerStatus,
                                  String actionsHref, boolean offerLinked) {
        return new BoardCard(7, 42, name, Source.REFERRAL, stage, status, TWELVE_DAYS_AGO, 0, result, needsDiscussion,
                overridden, offerId, offerStatus, closedCategory, closedReason, readiness, false, null, actionsHref,
                offerLinked);
    }
}
