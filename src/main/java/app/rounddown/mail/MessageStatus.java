package app.rounddown.mail;

/** Where a message is: waiting (first try or a retry), handed to the SMTP server, or given up on after the last try. */
public enum MessageStatus {
    QUEUED("Queued"), SENT("Sent"), FAILED("Failed");

    private final String label;

    MessageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
