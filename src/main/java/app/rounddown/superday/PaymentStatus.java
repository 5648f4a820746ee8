package app.rounddown.superday;

import app.rounddown.web.Labelled;

/** Where a SuperDay's fee stands. The day is paid whatever the hiring outcome. */
public enum PaymentStatus implements Labelled {
    NOT_DUE("Not due"), DUE("Due"), PAID("Paid"), DONATED("Donated");

    private final String label;

    PaymentStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
