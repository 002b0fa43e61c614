package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.servicestandards.internal.i18n.Bundles;

/**
 * One thing wrong (or worth a warning) in a standard, with its location. The message is kept as
 * its code and arguments, so it can be rendered in any locale ({@link #message(Locale)}); the
 * English text is {@link #message()}. Immutable.
 *
 * @param level     error or warning
 * @param code      the stable problem code
 * @param location  where the problem is
 * @param arguments what fills the code's message template, in order: text, numbers, dates,
 *                  {@link LocalizedText}s and lists of these
 */
public record Problem(Level level, ProblemCode code, SourceLocation location, List<Object> arguments) {

    /** How bad a problem is. Errors make a standard unusable; warnings do not. */
    public enum Level { ERROR, WARNING }

    public Problem {
        requireNonNull(level, "level");
        requireNonNull(code, "code");
        requireNonNull(location, "location");
        arguments = List.copyOf(arguments);
    }

    /** An error with the message of {@code code} filled with {@code arguments}. */
    public static Problem error(ProblemCode code, SourceLocation location, Object... arguments) {
        return new Problem(Level.ERROR, code, location, Arrays.asList(arguments));
    }

    /** A warning with the message of {@code code} filled with {@code arguments}. */
    public static Problem warning(ProblemCode code, SourceLocation location, Object... arguments) {
        return new Problem(Level.WARNING, code, location, Arrays.asList(arguments));
    }

    /** The message in English, without the location. */
    public String message() {
        return message(Locale.ROOT);
    }

    /** The message in {@code locale} (Simplified Chinese for any Chinese locale, else English). */
    public String message(Locale locale) {
        return code.format(locale, arguments.toArray());
    }

    /** {@code file:line:col: path: message [STD-E012]}, one line, in English. */
    @Override
    public String toString() {
        return toString(Locale.ROOT);
    }

    /** {@code file:line:col: path: message [STD-E012]}, one line, with the message in {@code locale}. */
    public String toString(Locale locale) {
        String message = message(locale);
        if (level == Level.WARNING) {
            message = Bundles.format(Bundles.bundle(Bundles.MESSAGES, locale), "problem.warning", locale, message);
        }
        return location + ": " + message + " [" + code.code() + "]";
    }
}
