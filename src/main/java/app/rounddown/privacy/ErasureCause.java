package app.rounddown.privacy;

/** Why a candidate's data was erased: they asked, or the retention period ran out. */
public enum ErasureCause {
    REQUEST("on request"),
    RETENTION("after the retention period");

    private final String words;

    ErasureCause(String words) {
        this.words = words;
    }

    public String describe() {
        return words;
    }
}
