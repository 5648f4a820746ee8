package app.rounddown.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Variant;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report table's markup is the one tags/reportTable.html wrote while Qute evaluated it (the template below, as it
 * was), byte for byte, as the tag prints it now: the empty table's line, every kind of cell, and every value escaped as
 * Qute escapes one in an HTML page.
 */
@QuarkusTest
class ReportTableHtmlTest {
    private static final String TEMPLATE_BEFORE = """
            {!
              A report's numbers as a table. Parameters: table (a ReportTable). Cells with candidates behind them link to them.
            !}
            {#if table.isEmpty}
            <p class="empty">Nothing to count for these filters.</p>
            {#else}
            <div class="table-scroll">
            <table class="report-table">
              <caption>{table.caption}</caption>
              <thead><tr>{#for h in table.header}<th scope="col">{h}</th>{/for}</tr></thead>
              <tbody>
              {#for row in table.rows}
                <tr>{#for cell in row.cells}{#if cell_index == 0}<th scope="row">{#if cell.linked}<a href="{cell.href}">{cell.text}</a>{#else}{cell.text}{/if}</th>{#else}<td{#if cell.number} class="num"{/if}>{#if cell.linked}<a href="{cell.href}">{cell.text}</a>{#else}{cell.text}{/if}</td>{/if}{/for}</tr>
              {/for}
              </tbody>
            </table>
            </div>
            {/if}
            """;

    @Inject
    Engine engine;

    @Test
    void anEmptyTableSaysThereIsNothingToCountAsTheTemplateDid() {
        assertSameAsTemplate(ReportTable.of("Nothing here", "Stage", "Count"));
    }

    @Test
    void everyKindOfCellIsWhatTheTemplateWrote() {
        ReportTable table = ReportTable.of("Cards by <interviewer> & \"stage\"", "Who", "Cards", "Share's", "Note")
                .add(ReportTable.Cell.text("Zoë O'Brien <b>"), ReportTable.Cell.number(12, "/candidates?ids=1,2&x=\"y\""),
                        ReportTable.Cell.number(0.5), ReportTable.Cell.text(null))
                .add(new ReportTable.Cell("Linked first", false, "/reports/x?a=1&b=2"), ReportTable.Cell.number(null,
                        "/nowhere"), new ReportTable.Cell(null, true, null), ReportTable.Cell.text("a & b"))
                .add(new ReportTable.Cell("", false, "/empty-so-not-linked"), ReportTable.Cell.number(3),
                        ReportTable.Cell.number(4, "/four"), ReportTable.Cell.text("<script>"));
        assertSameAsTemplate(table);
    }

    @Test
    void aTableWithoutACaptionOrWithOneColumnIsWhatTheTemplateWrote() {
        assertSameAsTemplate(new ReportTable(null, List.of("Only"), new java.util.ArrayList<>())
                .add(ReportTable.Cell.number(7, "/seven")));
    }

    @Test
    void valuesAreEscapedAsInAnHtmlPage() {
        String html = ReportTableHtml.html(ReportTable.of("A&B", "<h>").add(ReportTable.Cell.number(1, "/c?a=1&b=2")))
                .getValue();
        assertTrue(html.contains("<caption>A&amp;B</caption>"), html);
        assertTrue(html.contains("<th scope=\"col\">&lt;h&gt;</th>"), html);
        assertTrue(html.contains("<a href=\"/c?a=1&amp;b=2\">1</a>"), html);
    }

    private void assertSameAsTemplate(ReportTable table) {
        String before = engine.parse(TEMPLATE_BEFORE, Variant.forContentType(Variant.TEXT_HTML)).data("table", table)
                .render();
        String now = engine.parse("{#reportTable table=table /}", Variant.forContentType(Variant.TEXT_HTML))
                .data("table", table).render();
        assertEquals(before, now);
    }
}
