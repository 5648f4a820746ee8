package app.rounddown.web;

import app.rounddown.candidate.Source;
import app.rounddown.opening.OpeningStatus;
import app.rounddown.opening.RoleType;
import app.rounddown.pipeline.RejectionReason;
import app.rounddown.pipeline.Stage;
import app.rounddown.pipeline.WithdrawalReason;
import io.quarkus.qute.TemplateGlobal;
import java.time.ZoneId;
import java.util.List;

/** The fixed choices forms offer, available to every template. */
@TemplateGlobal
public class Choices {
    public static final List<RoleType> roleTypes = List.of(RoleType.values());
    public static final List<OpeningStatus> openingStatuses = List.of(OpeningStatus.values());
    public static final List<Source> sources = List.of(Source.values());
    public static final List<Stage> stages = List.of(Stage.values());
    public static final List<Stage> interviewStages = List.of(Stage.CULTURE, Stage.TECHNICAL, Stage.SMALL_TEAM,
            Stage.SUPERDAY);
    public static final List<RejectionReason> rejectionReasons = List.of(RejectionReason.values());
    public static final List<WithdrawalReason> withdrawalReasons = List.of(WithdrawalReason.values());
    public static final List<app.rounddown.superday.TaxForm> taxForms = List.of(app.rounddown.superday.TaxForm.values());
    /** For password fields, which never show what was typed. */
    public static final FormData blankForm = FormData.empty();
    public static final List<String> timeZones = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted().toList();
}
