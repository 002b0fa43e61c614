package dev.servicestandards.cli;

/**
 * An input or output error the command reports in one line, in the user's language (a facts
 * file that does not exist, say).
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    CliException(String key, Throwable cause, Object... arguments) {
        super(new CliText(java.util.Locale.ROOT).get(key, arguments), cause);
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The message in the language of {@code text}. */
    String message(CliText text) {
        return text.get(key, arguments);
    }
}
