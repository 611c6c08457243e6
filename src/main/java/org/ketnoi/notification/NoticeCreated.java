package org.ketnoi.notification;

/** A notice was written; its mail is due. Internal to the module, public for the publication registry. */
public record NoticeCreated(long notice) {}
