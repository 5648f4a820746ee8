package app.rounddown.candidate;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** The choices candidate forms offer, available to every template. */
@TemplateGlobal
public class CandidateChoices {
    public static final List<Source> sources = List.of(Source.values());
}
