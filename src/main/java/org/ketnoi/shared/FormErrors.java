package org.ketnoi.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Field errors of an HTML form as translated text by field name, for templates that write their
 * inputs by hand ({@code ${errors['city']}}); the first error of a field wins.
 */
public final class FormErrors {

    private FormErrors() {}

    public static Map<String, String> of(BindingResult result, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        return errors;
    }

    public static Map<String, String> of(InvalidInputException e, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(e.field(), messages.getMessage(e.messageKey(), e.arguments(), locale));
        return errors;
    }
}
