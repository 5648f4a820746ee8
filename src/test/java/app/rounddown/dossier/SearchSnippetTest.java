package app.rounddown.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "The snippet HTML must be safe": the source text is escaped, and only the highlight becomes markup. */
class SearchSnippetTest {

    @Test
    void theMatchedWordsAreMarkedAndEverythingElseIsEscaped() {
        SearchSnippet snippet = new SearchSnippet("Note", "<script>alert('x')</script> & \u0002renewals\u0003 \"up\"");
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>renewals</mark> &quot;up&quot;",
                snippet.html().toString());
    }

    @Test
    void markupTypedIntoTheTextStaysText() {
        assertEquals("&lt;mark&gt;fake&lt;/mark&gt; <mark>real</mark>",
                new SearchSnippet("CV", "<mark>fake</mark> \u0002real\u0003").html().toString());
    }

    @Test
    void angleBracketsHandedOverAsControlCharactersComeBackEscaped() {
        assertEquals("&lt;b&gt;x&lt;/b&gt;", new SearchSnippet("Note", "\u0004b\u0005x\u0004/b\u0005").html().toString());
    }

    @Test
    void anUnclosedOrStrayMarkerNeverLeavesAnElementOpen() {
        assertEquals("<mark>open</mark>", new SearchSnippet("CV", "\u0002open").html().toString());
        assertEquals("stray", new SearchSnippet("CV", "stray\u0003").html().toString());
        assertEquals("a b", new SearchSnippet("CV", "a\u0007b").html().toString());
    }
}
