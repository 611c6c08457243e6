package org.ketnoi.catalog;

/** Incoterms 2020 rules; names are message keys {@code catalog.incoterm.<NAME>}. */
public enum Incoterm {
    EXW,
    FCA,
    CPT,
    CIP,
    DAP,
    DPU,
    DDP,
    FAS,
    FOB,
    CFR,
    CIF
}
