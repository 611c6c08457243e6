package org.ketnoi.scheduling;

import java.util.List;

/**
 * Something organisers should look at before publishing, computed from the schedule as data: the
 * message key is {@code scheduling.warning.<code>} and {@code arguments} fill it in.
 */
public record ScheduleWarning(String code, List<Object> arguments) {

    public ScheduleWarning {
        arguments = List.copyOf(arguments);
    }

    public String messageKey() {
        return "scheduling.warning." + code;
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
