package org.ketnoi.spreadsheet.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ketnoi.spreadsheet.RowError;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Row errors as text in the reader's language: row number, column, problem. */
@Component
class ErrorTexts {

    /** One translated error. @param column the file's header, or the field's label */
    record Text(int row, String column, String message) {}

    private final MessageSource messages;

    ErrorTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<Text> of(List<RowError> errors, Locale locale) {
        return errors.stream().map(error -> of(error, locale)).toList();
    }

    Text of(RowError error, Locale locale) {
        String column = error.column();
        if (column == null) {
            column = error.field() == null
                    ? ""
                    : messages.getMessage(error.field().messageKey(), null, locale);
        }
        return new Text(
                error.row(),
                column,
                message(error.messageKey(), error.arguments().toArray(), locale));
    }

    /** A message whose arguments may themselves be message keys (field labels). */
    String message(String key, Object @Nullable [] arguments, Locale locale) {
        Object[] args = arguments == null ? new Object[0] : arguments.clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String text && text.startsWith("import.field.")) {
                args[i] = messages.getMessage(text, null, text, locale);
            }
        }
        return messages.getMessage(key, args, key, locale);
    }
}
