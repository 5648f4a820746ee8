package app.rounddown.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rounddown.web.FieldErrors;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 17, item 17: "criteria and questions as rows you can add, reorder, remove". */
class KitFormTest {
    private static final KitForm FORM = new KitForm("Culture", "30", "", List.of(
            new KitForm.CriterionRow("values", "Values", "Owns it", true),
            new KitForm.CriterionRow("pace", "Pace", "Moves fast", false)), List.of("First?", "Second?", "Third?"));

    @Test
    void rowsAreAddedMovedAndRemovedOneStepAtATime() {
        assertEquals(List.of("Pace", "Values"), names(FORM.apply("up-criterion-1")));
        assertEquals(List.of("Pace", "Values"), names(FORM.apply("down-criterion-0")));
        assertEquals(List.of("Values", "Pace"), names(FORM.apply("up-criterion-0")), "the first row cannot go up");
        assertEquals(List.of("Values"), names(FORM.apply("remove-criterion-1")));
        assertEquals(List.of("Values", "Pace", ""), names(FORM.apply("add-criterion")));
        assertEquals(List.of("First?", "Third?"), FORM.apply("remove-question-1").questions());
        assertEquals(List.of("First?", "Third?", "Second?"), FORM.apply("down-question-1").questions());
        assertEquals(List.of("First?", "Second?", "Third?", ""), FORM.apply("add-question").questions());
        assertEquals(FORM, FORM.apply("remove-question-9"), "a row that is not there changes nothing");
        assertEquals(FORM, FORM.apply("drop table"));
    }

    @Test
    void aNewCriterionGetsAKeyFromItsNameAndExistingOnesKeepTheirs() {
        KitForm form = new KitForm("Culture", "30", "", List.of(new KitForm.CriterionRow("values", "Renamed values", "", true),
                new KitForm.CriterionRow("", "Customer focus", "Puts customers first", false),
                new KitForm.CriterionRow("", "Valüe", "", false)), List.of("Q?"));
        FieldErrors errors = FieldErrors.none();
        List<InterviewKit.Criterion> criteria = form.checkedCriteria(errors);
        assertTrue(errors.isEmpty(), errors.asList().toString());
        assertEquals(List.of("values", "customer-focus", "value"), criteria.stream().map(InterviewKit.Criterion::key).toList());
        assertEquals("values-2", KitForm.keyFor("Values", Set.of("values")));
    }

    @Test
    void eachProblemIsNamedBesideItsRow() {
        KitForm form = new KitForm("Culture", "30", "", List.of(new KitForm.CriterionRow("", "", "", false)),
                List.of("Same?", "Same?"));
        FieldErrors errors = FieldErrors.none();
        form.checkedCriteria(errors);
        form.checkedQuestions(errors);
        assertEquals("Name the criterion in up to 200 characters, or remove the row.", errors.get("criterion.0.name"));
        assertEquals("This question is already in the kit.", errors.get("question.1"));
    }

    private static List<String> names(KitForm form) {
        return form.criteria().stream().map(KitForm.CriterionRow::name).toList();
    }
}
