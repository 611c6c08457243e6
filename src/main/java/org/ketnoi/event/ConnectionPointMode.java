package org.ketnoi.event;

public enum ConnectionPointMode {
    IN_PERSON,
    ONLINE_ONLY
}
