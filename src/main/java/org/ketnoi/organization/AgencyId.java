package org.ketnoi.organization;

public record AgencyId(long value) {}
