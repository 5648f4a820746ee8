package app.rounddown.careers;

import app.rounddown.candidate.Source;
import app.rounddown.web.Labelled;

/** "How did you hear about us?", in the candidate's words, and the candidate source each answer records. */
public enum HeardFrom implements Labelled {
    CAREERS_PAGE("This careers page or a job board", Source.INBOUND),
    REFERRAL("Someone who works here", Source.REFERRAL),
    RECRUITER("A recruiter from the company contacted me", Source.OUTBOUND),
    PRODUCT("I use the product", Source.PRODUCT_LED),
    AGENCY("A recruitment agency", Source.AGENCY);

    public final Source source;
    private final String label;

    HeardFrom(String label, Source source) {
        this.label = label;
        this.source = source;
    }

    @Override
    public String label() {
        return label;
    }
}
