package app.rounddown.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every link of the board keeps what it shows: the typed filter and the rejected-and-withdrawn toggle. */
class BoardFilterTest {
    @Test
    void anUnfilteredBoardAddsNothingToItsLinks() {
        BoardFilter none = BoardFilter.of(null, null);
        assertEquals("", none.query());
        assertEquals("", none.andQuery());
    }

    @Test
    void theFilterAndTheToggleTravelTogetherEncoded() {
        BoardFilter both = BoardFilter.of("  ana & co ", "true");
        assertEquals("ana & co", both.text());
        assertEquals("?q=ana+%26+co&closed=true", both.query());
        assertEquals("&q=ana+%26+co&closed=true", both.andQuery());
        assertEquals("?closed=true", BoardFilter.of("", "true").query());
        assertEquals("&q=x", BoardFilter.of("x", "yes").andQuery());
    }
}
