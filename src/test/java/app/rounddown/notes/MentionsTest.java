package app.rounddown.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "@name mentions": an @ and a colleague's first name or e-mail name; anything unclear stays plain text. */
class MentionsTest {
    private static final Mentions.Person RITA = new Mentions.Person(1, "Rita Recruiter", "rita@acme.test");
    private static final Mentions.Person SAM_A = new Mentions.Person(2, "Sam Alvarez", "sam.alvarez@acme.test");
    private static final Mentions.Person SAM_B = new Mentions.Person(3, "Sam Becker", "sbecker@acme.test");
    private static final Mentions.Person JOSE = new Mentions.Person(4, "José María Núñez", "jm.nunez@acme.test");
    private static final List<Mentions.Person> TEAM = List.of(RITA, SAM_A, SAM_B, JOSE);

    @Test
    void aFirstNameMentionsThatPersonInAnyCase() {
        assertEquals(List.of(RITA), Mentions.in("Thoughts, @Rita?", TEAM).people());
    }

    @Test
    void anEmailNameOrTheFullNameWithDotsPicksOneOfTwoNamesakes() {
        Mentions.Found found = Mentions.in("@sam.alvarez and @sbecker, and @Sam.Becker again", TEAM);
        assertEquals(List.of(SAM_A, SAM_B), found.people());
        assertEquals(List.of(), found.ambiguous());
    }

    @Test
    void aNameThatFitsSeveralPeopleStaysPlainText() {
        Mentions.Found found = Mentions.in("@sam can you check", TEAM);
        assertEquals(List.of(), found.people());
        assertEquals(List.of("@sam"), found.ambiguous());
    }

    @Test
    void aNameThatFitsNobodyIsReportedAsUnknown() {
        Mentions.Found found = Mentions.in("cc @nobody-here.", TEAM);
        assertEquals(List.of(), found.people());
        assertEquals(List.of("@nobody-here"), found.unknown());
    }

    @Test
    void accentedNamesWorkAndASentenceEndIsNotPartOfTheName() {
        assertEquals(List.of(JOSE, RITA), Mentions.in("Ask @josé.maría.núñez. Then @rita.", TEAM).people());
    }

    @Test
    void anEmailAddressInTheTextIsNotAMention() {
        assertEquals(List.of(), Mentions.handles("Their referee is rita@acme.test"));
    }

    @Test
    void eachPersonIsMentionedOnceHoweverOftenNamed() {
        assertEquals(List.of(RITA), Mentions.in("@rita @RITA @rita", TEAM).people());
        assertEquals(List.of("rita"), Mentions.handles("@rita @RITA @rita"));
    }
}
