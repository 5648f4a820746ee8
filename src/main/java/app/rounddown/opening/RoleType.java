package app.rounddown.opening;

import app.rounddown.web.Labelled;

public enum RoleType implements Labelled {
    TECHNICAL_ACCOUNT_EXECUTIVE("Technical Account Executive"),
    TECHNICAL_ACCOUNT_MANAGER("Technical Account Manager"),
    CUSTOMER_SUCCESS_MANAGER("Customer Success Manager"),
    BUSINESS_DEVELOPMENT_REP("Business Development Rep"),
    SALES_TEAM_LEAD("Sales team lead");

    private final String label;

    RoleType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
