package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong (or worth a warning) in a standard, with its location. Immutable.
 *
 * @param level    error or warning
 * @param code     the stable problem code
 * @param location where the problem is
 * @param message  the human-readable message, without the location
 */
public record Problem(Level level, ProblemCode code, SourceLocation location, String message) {

    /** How bad a problem is. Errors make a standard unusable; warnings do not. */
    public enum Level { ERROR, WARNING }

    public Problem {
        requireNonNull(level, "level");
        requireNonNull(code, "code");
        requireNonNull(location, "location");
        requireNonNull(message, "message");
    }

    /** {@code file:line:col: path: message [STD-E012]}, one line. */
    @Override
    public String toString() {
        String prefix = level == Level.WARNING ? "warning: " : "";
        return location + ": " + prefix + message + " [" + code.code() + "]";
    }
}
