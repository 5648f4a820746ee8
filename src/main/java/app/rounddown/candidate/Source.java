package app.rounddown.candidate;

import app.rounddown.web.Labelled;

public enum Source implements Labelled {
    INBOUND("Inbound"), OUTBOUND("Outbound"), REFERRAL("Referral"), PRODUCT_LED("Product-led"), AGENCY("Agency");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
