package org.ketnoi.spreadsheet;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A problem with one row of an import, as a message key with its arguments (translated when shown).
 *
 * @param row the row number the user sees in their spreadsheet program
 * @param column the column's header in the file, or null when the problem is with a field the file has
 *     no column for (then {@code field} names it)
 */
public record RowError(
        int row, @Nullable String column, @Nullable ImportField field, String messageKey, List<String> arguments)
        implements Serializable {

    public RowError {
        arguments = List.copyOf(arguments);
    }

    static RowError of(int row, @Nullable String column, @Nullable ImportField field, String key, Object... args) {
        return new RowError(
                row,
                column,
                field,
                key,
                Arrays.stream(args).map(String::valueOf).toList());
    }
}
