package app.rounddown.scorecard;

import app.rounddown.web.Html;
import app.rounddown.web.Times;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/**
 * A submitted card's HTML, read-only (tags/card.html). Cards are the most repeated part of a candidate page (a
 * candidate who reached the SuperDay has eight or more, each with its criteria), and Qute evaluated each card's few
 * dozen values through its resolvers; this writes the markup the template wrote, escaped as Qute escapes it, byte for
 * byte (README, Performance: "The candidate page").
 */
@TemplateExtension
public final class ScorecardHtml {
    private ScorecardHtml() {
    }

    /** The card's article, without the line end after it (the tag's). */
    public static RawString html(Scorecard card) {
        Html html = new Html(1024);
        html.tag("<article class=\"scorecard\">\n  <header>\n    <strong>").text(card.interviewer.name)
                .tag("</strong> · <span class=\"score score-").text(card.overall).tag("\">")
                .text(card.overall).tag(" ").text(card.overallWord()).tag("</span>\n    ");
        if (card.isSoftThree()) {
            html.tag("<span class=\"badge badge-warn\">Soft 3</span>");
        }
        html.tag(card.writtenIndependently() ? "\n    <span class=\"badge badge-open\">Written independently</span>\n    "
                : "\n    <span class=\"badge\">Saw other cards first</span>\n    ");
        if (card.revision > 1) {
            html.tag("<span class=\"badge\">Amended (revision ").number(card.revision).tag(")</span>");
        }
        html.tag("\n    <span class=\"muted\">submitted ").text(Times.format(card.submittedAt))
                .tag("</span>\n  </header>\n  ");
        if (Html.present(card.amendReason)) {
            html.tag("<p><strong>Why amended:</strong> ").text(card.amendReason).tag("</p>");
        }
        html.tag("\n  <dl class=\"criteria\">\n");
        for (InterviewKit.Criterion criterion : card.kit.criteria) {
            Scorecard.CriterionRating rating = card.ratings.get(criterion.key());
            html.tag("    <dt>").text(criterion.name()).tag("</dt>\n    <dd>");
            if (rating != null && rating.score() != null && rating.score() != 0) {
                html.number(rating.score());
            } else {
                html.tag("not assessed");
            }
            if (rating != null && Html.present(rating.note())) {
                html.tag(" · ").text(rating.note());
            }
            html.tag("</dd>\n");
        }
        html.tag("  </dl>\n  <p><strong>Key takeaways:</strong> ").text(card.takeaways).tag("</p>\n  ");
        if (Html.present(card.mildConcerns)) {
            html.tag("<p><strong>Mild concerns:</strong> ").text(card.mildConcerns).tag("</p>");
        }
        html.tag("\n  ");
        if (Html.present(card.askNext)) {
            html.tag("<p><strong>Ask the next interviewer:</strong> ").text(card.askNext).tag("</p>");
        }
        return new RawString(html.tag("\n</article>").toString());
    }
}
