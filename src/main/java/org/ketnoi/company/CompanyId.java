package org.ketnoi.company;

public record CompanyId(long value) {}
