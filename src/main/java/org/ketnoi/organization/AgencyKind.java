package org.ketnoi.organization;

/** What sort of body an agency is; shown translated as {@code org.kind.<NAME>}. */
public enum AgencyKind {
    DEPARTMENT_OF_INDUSTRY_AND_TRADE,
    TRADE_PROMOTION_CENTRE,
    TRADE_OFFICE,
    CHAMBER_OF_COMMERCE,
    BUSINESS_ASSOCIATION,
    OTHER
}
