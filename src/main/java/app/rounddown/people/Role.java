package app.rounddown.people;

import app.rounddown.web.Labelled;

public enum Role implements Labelled {
    ADMIN("Admin"), RECRUITER("Recruiter"), HIRING_MANAGER("Hiring manager"), INTERVIEWER("Interviewer");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
