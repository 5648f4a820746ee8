package app.rounddown.decision;

import app.rounddown.web.Labelled;

public enum OfferStatus implements Labelled {
    DRAFT("Draft"), APPROVED("Approved"), SENT("Sent"), ACCEPTED("Accepted"), DECLINED("Declined");

    private final String label;

    OfferStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
