package app.rounddown.dossier;

import app.rounddown.scorecard.Gate;
import app.rounddown.web.Html;
import app.rounddown.web.Times;
import io.quarkus.qute.RawString;
import java.util.List;

/**
 * A board card's HTML. A board shows hundreds of cards, and Qute evaluating each card's few dozen values (each through
 * its resolvers and a completion stage) and then walking the nodes it made took about a third of the page's time; this
 * writes the same markup, escaped the same way, directly (README, Performance: "The board").
 */
final class BoardCardHtml {
    private BoardCardHtml() {
    }

    /** A column's cards, one line each, in one piece of text (the last line's end is the template's). */
    static RawString list(List<BoardCard> cards) {
        Html html = new Html(cards.size() * 512);
        for (int i = 0; i < cards.size(); i++) {
            html.tag(i == 0 ? "  " : "\n  ");
            write(cards.get(i), html);
        }
        return new RawString(html.toString());
    }

    private static void write(BoardCard card, Html html) {
        html.tag(card.status().isClosed() ? "<li class=\"card card-closed\">" : "<li class=\"card\">")
                .tag("<a href=\"/candidates/").number(card.candidateId()).tag("\">").text(card.name()).tag("</a>");
        flags(card, html);
        html.tag("\n<div class=\"card-meta\">").text(Times.daysSince(card.stageEnteredAt())).tag(" in stage · ")
                .text(card.source().label()).tag("</div>");
        closing(card, html);
        gate(card.readiness(), html);
        result(card, html);
        offer(card, html);
        if (Html.present(card.actionsHref())) {
            html.tag("\n<a class=\"card-act\" href=\"").text(card.actionsHref()).tag("\" aria-label=\"Actions for ")
                    .text(card.name()).tag("\">Actions</a>");
        }
        html.tag("</li>");
    }

    private static void flags(BoardCard card, Html html) {
        if (!card.unopened() && card.reappliedBefore() == null) {
            return;
        }
        html.tag("\n<div class=\"card-flags\">");
        if (card.unopened()) {
            html.tag("<span class=\"badge badge-new\">New<span class=\"visually-hidden\"> application from the careers "
                    + "page</span></span>");
        }
        if (card.reappliedBefore() != null) {
            html.tag(" <span class=\"badge badge-warn\">Reapplied before ").text(card.reappliedBefore()).tag("</span>");
        }
        html.tag("</div>");
    }

    private static void closing(BoardCard card, Html html) {
        if (!card.status().isClosed()) {
            return;
        }
        html.tag("\n<p class=\"card-closing\"><strong>").text(card.status().label()).tag("</strong>");
        if (Html.present(card.closedCategory())) {
            html.tag(": ").text(card.closedCategory());
        }
        if (Html.present(card.closedReason())) {
            html.tag(". ").text(card.closedReason());
        }
        html.tag("</p>");
    }

    private static void gate(BoardCard.Readiness readiness, Html html) {
        if (readiness == null) {
            return;
        }
        html.tag("\n<div class=\"card-gate\">");
        if (readiness.interviewStage()) {
            html.tag("<span class=\"cards-in\">");
            if (readiness.cardsDue() > 0) {
                html.number(readiness.cardsIn()).tag("/").number(readiness.cardsDue()).tag(" cards");
            } else {
                html.tag("No interviewer yet");
            }
            html.tag("</span>");
        }
        for (Gate.Hold hold : readiness.holds()) {
            html.tag("\n<span class=\"blocker\">").text(hold.blocker().label()).tag("</span>");
        }
        html.tag("</div>");
    }

    private static void result(BoardCard card, Html html) {
        if (!card.scoreShown() && !card.needsDiscussion() && !card.overridden()) {
            return;
        }
        html.tag("\n<div class=\"card-result\">");
        if (card.scoreShown()) {
            html.tag("<span class=\"score score-").number(card.result()).tag("\">").number(card.result()).tag(" ")
                    .text(card.resultWord()).tag("</span>");
        }
        if (card.needsDiscussion()) {
            html.tag(" <span class=\"badge badge-warn\">Needs discussion</span>");
        }
        if (card.overridden()) {
            html.tag(" <span class=\"badge badge-warn\">Overridden</span>");
        }
        html.tag("</div>");
    }

    private static void offer(BoardCard card, Html html) {
        if (card.offerId() == null) {
            return;
        }
        html.tag("\n<p class=\"card-offer\">");
        if (card.offerLinked()) {
            html.tag("<a href=\"/offers/").number(card.offerId()).tag("\" aria-label=\"Offer: ")
                    .text(card.offerStatus().label()).tag(" for ").text(card.name()).tag("\">Offer: ")
                    .text(card.offerStatus().label()).tag("</a>");
        } else {
            html.tag("Offer: ").text(card.offerStatus().label());
        }
        html.tag("</p>");
    }
}
