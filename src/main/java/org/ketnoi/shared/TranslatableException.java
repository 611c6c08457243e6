package org.ketnoi.shared;

/**
 * A failure the reader should understand: carries a message key (and its arguments) instead of text,
 * so the web and the API translate it into the reader's language.
 */
public abstract class TranslatableException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    protected TranslatableException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
