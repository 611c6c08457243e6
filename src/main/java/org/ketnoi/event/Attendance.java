package org.ketnoi.event;

/** Whether a participant comes to its connection point or joins online. */
public enum Attendance {
    IN_PERSON,
    ONLINE
}
