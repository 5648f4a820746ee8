package app.rounddown.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SingleLineTest {

    @Test
    void lineBreaksTabsAndEveryOtherControlCharacterAreRefused() {
        for (String bad : List.of("Jane\nDoe", "Jane\r\nDoe", "Jane\rDoe", "Jane\tDoe", "Jane\u0000", "\u0007Jane",
                "Jane\u001b[31m", "Jane\u007f", "Jane\u0085Doe", "Jane\u2028Doe", "Jane\u2029Doe")) {
            assertFalse(SingleLine.Validator.holds(bad), bad.codePoints().boxed().toList().toString());
        }
    }

    @Test
    void anyTextOnOneLineIsFineWhateverItsScript() {
        for (String good : List.of("Jane O'Doe-Smith", "Zoë Ångström", "李小龍", "Technical Account Executive (EMEA)",
                "jane+tag@example.com", "Team 🚀", "")) {
            assertTrue(SingleLine.Validator.holds(good), good);
        }
        assertTrue(SingleLine.Validator.holds(null));
    }
}
