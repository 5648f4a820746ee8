package app.rounddown.superday;

import app.rounddown.web.Labelled;

/** The tax form finance needs before paying the fee; none is needed when the fee goes to charity. */
public enum TaxForm implements Labelled {
    NONE("None needed"), W9("W-9 (US person)"), W8BEN("W-8BEN (outside the US)"), OTHER("Another form");

    /** Zones that lie only in the United States, where a candidate is most likely a US person. */
    private static final java.util.Set<String> US_ZONES = java.util.Set.of("America/New_York", "America/Chicago",
            "America/Denver", "America/Los_Angeles", "America/Phoenix", "America/Anchorage", "America/Detroit",
            "America/Boise", "America/Indiana/Indianapolis", "America/Kentucky/Louisville", "Pacific/Honolulu");

    private final String label;

    TaxForm(String label) {
        this.label = label;
    }

    /** A first guess finance can change: a W-9 for a candidate in a US zone, nothing otherwise. */
    public static TaxForm suggestedFor(String candidateZone) {
        return US_ZONES.contains(candidateZone) ? W9 : NONE;
    }

    /** What the candidate's invitation says about it: which form to send before the fee can be paid, if any. */
    public String candidateNote() {
        return switch (this) {
            case NONE -> "No tax form is needed for the fee.";
            case W9 -> "Before we can pay the fee, please send us a completed W-9 form.";
            case W8BEN -> "Before we can pay the fee, please send us a completed W-8BEN form.";
            case OTHER -> "Before we can pay the fee, we need a tax form from you; your contact will tell you which.";
        };
    }

    @Override
    public String label() {
        return label;
    }
}
