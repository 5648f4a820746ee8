package app.rounddown.superday;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** The choices SuperDay forms offer, available to every template. */
@TemplateGlobal
public class SuperDayChoices {
    public static final List<TaxForm> taxForms = List.of(TaxForm.values());
}
