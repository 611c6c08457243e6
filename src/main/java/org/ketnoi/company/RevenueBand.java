package org.ketnoi.company;

/** Yearly revenue in US dollars, in bands: exact figures are rarely shared at first contact. */
public enum RevenueBand {
    UNDER_1M,
    UP_TO_10M,
    UP_TO_50M,
    OVER_50M;

    public String messageKey() {
        return "company.revenue." + name();
    }
}
