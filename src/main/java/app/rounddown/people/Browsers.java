package app.rounddown.people;

import java.util.List;
import java.util.Map;

/** Names a browser and its system from a user-agent string, for the list of someone's sessions. */
final class Browsers {
    // Order matters: Edge and Opera also say "Chrome", and Chrome also says "Safari".
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(Map.entry("Edg/", "Edge"),
            Map.entry("OPR/", "Opera"), Map.entry("Firefox/", "Firefox"), Map.entry("Chrome/", "Chrome"),
            Map.entry("Safari/", "Safari"), Map.entry("curl/", "curl"));
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(Map.entry("Android", "Android"),
            Map.entry("iPhone", "iPhone"), Map.entry("iPad", "iPad"), Map.entry("Windows", "Windows"),
            Map.entry("Mac OS X", "macOS"), Map.entry("CrOS", "ChromeOS"), Map.entry("Linux", "Linux"));

    private Browsers() {
    }

    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown browser";
        }
        String browser = first(BROWSERS, userAgent, "Unknown browser");
        String system = first(SYSTEMS, userAgent, null);
        return system == null ? browser : browser + " on " + system;
    }

    private static String first(List<Map.Entry<String, String>> names, String userAgent, String otherwise) {
        return names.stream().filter(entry -> userAgent.contains(entry.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(otherwise);
    }
}
