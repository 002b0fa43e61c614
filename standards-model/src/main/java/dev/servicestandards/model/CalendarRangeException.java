package dev.servicestandards.model;

import java.time.LocalDate;

/**
 * Thrown when a business calendar is asked about a date it has no data for, such as a year
 * whose official holiday arrangement is not shipped. The library never guesses.
 */
public final class CalendarRangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient LocalDate date;

    public CalendarRangeException(LocalDate date, String message) {
        super(message);
        this.date = date;
    }

    /** The date that could not be judged. */
    public LocalDate date() {
        return date;
    }
}
