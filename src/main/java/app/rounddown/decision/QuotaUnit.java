package app.rounddown.decision;

import app.rounddown.web.Labelled;

/** What a quota counts: money sold (TAEs, TAMs) or sales qualified opportunities generated (BDRs). */
public enum QuotaUnit implements Labelled {
    MONEY("money sold"),
    OPPORTUNITIES("sales qualified opportunities"),
    /** BDR offers drafted while their quota was still taken as money: nobody may guess which it meant. */
    TO_CONFIRM("quota unit to confirm");

    private final String label;

    QuotaUnit(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
