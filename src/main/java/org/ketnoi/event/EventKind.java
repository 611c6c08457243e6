package org.ketnoi.event;

/** The formats agencies run; shown translated as {@code event.kind.<NAME>}. */
public enum EventKind {
    BUSINESS_CONNECTION_CONFERENCE,
    SUPPLY_DEMAND_CONNECTION_WEEK,
    HYBRID_TRADE_CONFERENCE,
    INVESTMENT_TECHNOLOGY_SEMINAR
}
