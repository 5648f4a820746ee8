package app.rounddown.people;

/** How a person hears of a scorecard they still owe after the interview. */
public enum ReminderChoice {
    IMMEDIATE("A reminder for each card as soon as it is late, then the daily digest"),
    DAILY_DIGEST("Only the daily digest of late cards");

    private final String label;

    ReminderChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
