package org.ketnoi.spreadsheet;

import org.jspecify.annotations.Nullable;

/** A row that cannot be stored, thrown inside the row's savepoint so its changes are undone. */
final class RowFailure extends RuntimeException {

    final int row;
    final @Nullable ImportField field;
    final String messageKey;
    final Object[] arguments;

    RowFailure(int row, @Nullable ImportField field, String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.row = row;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }
}
