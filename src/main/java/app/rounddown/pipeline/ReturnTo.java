package app.rounddown.pipeline;

/** Where to send the person after an action: a path on this site only, never another site. */
final class ReturnTo {
    private ReturnTo() {
    }

    static String safe(String requested, Application application) {
        if (requested != null && requested.startsWith("/") && !requested.startsWith("//") && !requested.contains("\\")
                && requested.length() <= 500 && requested.chars().noneMatch(Character::isISOControl)) {
            return requested;
        }
        return "/candidates/" + application.candidate.id;
    }
}
