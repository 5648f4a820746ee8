package app.rounddown.opening;

import app.rounddown.web.Labelled;

public enum EmploymentType implements Labelled {
    FULL_TIME("Full-time"), PART_TIME("Part-time"), CONTRACT("Contract"), TEMPORARY("Temporary"),
    INTERNSHIP("Internship");

    private final String label;

    EmploymentType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
