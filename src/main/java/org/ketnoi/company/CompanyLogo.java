package org.ketnoi.company;

/** A company's logo image: PNG or JPEG, checked by its first bytes. */
public record CompanyLogo(String contentType, byte[] bytes) {}
