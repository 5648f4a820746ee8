package app.rounddown.pipeline;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** The stages and reasons pipeline forms offer, available to every template. */
@TemplateGlobal
public class PipelineChoices {
    public static final List<Stage> stages = List.of(Stage.values());
    public static final List<Stage> interviewStages = List.of(Stage.CULTURE, Stage.TECHNICAL, Stage.SMALL_TEAM,
            Stage.SUPERDAY);
    public static final List<RejectionReason> rejectionReasons = List.of(RejectionReason.values());
    public static final List<WithdrawalReason> withdrawalReasons = List.of(WithdrawalReason.values());
    public static final List<ApplicationStatus> applicationStatuses = List.of(ApplicationStatus.values());
}
