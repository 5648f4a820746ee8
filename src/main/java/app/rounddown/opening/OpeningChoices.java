package app.rounddown.opening;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** The choices opening forms offer, available to every template. */
@TemplateGlobal
public class OpeningChoices {
    public static final List<RoleType> roleTypes = List.of(RoleType.values());
    public static final List<OpeningStatus> openingStatuses = List.of(OpeningStatus.values());
    public static final List<Remote> remotes = List.of(Remote.values());
    public static final List<EmploymentType> employmentTypes = List.of(EmploymentType.values());
}
