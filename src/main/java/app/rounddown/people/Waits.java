package app.rounddown.people;

/** "40 seconds", "3 minutes": a wait as people say it. */
final class Waits {
    private Waits() {
    }

    static String inWords(long seconds) {
        if (seconds < 90) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }
}
