package app.rounddown.superday;

import app.rounddown.web.Labelled;

/** The tax form finance needs before paying the fee; none is needed when the fee goes to charity. */
public enum TaxForm implements Labelled {
    NONE("None needed"), W9("W-9 (US person)"), W8BEN("W-8BEN (outside the US)"), OTHER("Another form");

    private final String label;

    TaxForm(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
