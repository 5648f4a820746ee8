package app.rounddown.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17, item 17: "a readable difference between two versions". */
class KitDifferenceTest {

    private static InterviewKit kit(String title, int minutes, List<InterviewKit.Criterion> criteria, List<String> questions) {
        InterviewKit kit = new InterviewKit();
        kit.title = title;
        kit.durationMinutes = minutes;
        kit.notes = "";
        kit.criteria = criteria;
        kit.questions = questions;
        return kit;
    }

    private static InterviewKit.Criterion c(String key, String name, String guidance, boolean culture) {
        return new InterviewKit.Criterion(key, name, guidance, culture);
    }

    @Test
    void fieldsCriteriaAndQuestionsAreComparedByWhatTheyAre() {
        InterviewKit v1 = kit("Technical", 45, List.of(c("pitch", "Pitch", "Clear story", false),
                c("values", "Values", "Owns it", true), c("tools", "Tools", "Knows the stack", false)),
                List.of("Walk me through a deal", "Pitch our product", "Why us?"));
        InterviewKit v2 = kit("Technical interview", 60, List.of(c("values", "Culture and values", "Owns it", false),
                c("pitch", "Pitch", "A clear story in five minutes", false), c("discovery", "Discovery", "Asks first", false)),
                List.of("Pitch our product", "Walk me through a deal", "What would you ask a CFO?"));
        assertEquals(List.of(
                new KitDifference.Change("Title", "Technical", "Technical interview"),
                new KitDifference.Change("Length", "45 minutes", "60 minutes"),
                new KitDifference.Change("Criterion removed", "Tools: Knows the stack", ""),
                new KitDifference.Change("Criterion \u201cValues\u201d renamed", "Values", "Culture and values"),
                new KitDifference.Change("\u201cCulture and values\u201d as a culture criterion (can veto)", "yes", "no"),
                new KitDifference.Change("Guidance for \u201cPitch\u201d", "Clear story", "A clear story in five minutes"),
                new KitDifference.Change("Criterion added", "", "Discovery: Asks first"),
                new KitDifference.Change("Order of the criteria", "Pitch, Values", "Culture and values, Pitch"),
                new KitDifference.Change("Question removed", "Why us?", ""),
                new KitDifference.Change("Question added", "", "What would you ask a CFO?"),
                new KitDifference.Change("Order of the questions", "1. Walk me through a deal\n2. Pitch our product",
                        "1. Pitch our product\n2. Walk me through a deal")),
                KitDifference.between(v1, v2));
    }

    @Test
    void twoVersionsThatSayTheSameHaveNoDifference() {
        InterviewKit kit = kit("Culture", 30, List.of(c("values", "Values", "Owns it", true)), List.of("Tell me"));
        assertEquals(List.of(), KitDifference.between(kit, kit("Culture", 30, List.of(c("values", "Values", "Owns it", true)),
                List.of("Tell me"))));
    }
}
