package app.rounddown.web;

import io.quarkus.qute.TemplateGlobal;
import java.time.ZoneId;
import java.util.List;

/** Choices every form may offer, available to every template; each feature publishes its own beside it. */
@TemplateGlobal
public class Choices {
    /** For password fields, which never show what was typed. */
    public static final FormData blankForm = FormData.empty();
    public static final List<String> timeZones = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted().toList();
}
