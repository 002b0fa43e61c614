package dev.servicestandards.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command's messages in one language: Simplified Chinese for any Chinese locale, English for
 * every other. The JVM's default locale never leaks in: English asked for is English.
 */
final class CliText {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle messages;

    CliText(Locale locale) {
        this.locale = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        this.messages = ResourceBundle.getBundle("dev.servicestandards.cli.messages", this.locale,
                CliText.class.getClassLoader(), NO_FALLBACK);
    }

    /** {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ROOT} (English). */
    Locale locale() {
        return locale;
    }

    /** The message {@code key} with its arguments, each printed as {@link String#valueOf} prints it. */
    String get(String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(messages.getString(key), locale).format(texts);
    }
}
