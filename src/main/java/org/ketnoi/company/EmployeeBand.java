package org.ketnoi.company;

/** How many people a company employs, in the bands trade-promotion forms ask for. */
public enum EmployeeBand {
    UP_TO_10,
    UP_TO_50,
    UP_TO_200,
    UP_TO_1000,
    OVER_1000;

    public String messageKey() {
        return "company.employees." + name();
    }
}
