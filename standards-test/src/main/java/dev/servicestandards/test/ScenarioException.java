package dev.servicestandards.test;

/** A scenario file that cannot be read: the message names file, line and column. */
public final class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message);
    }
}
