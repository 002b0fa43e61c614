package dev.servicestandards.model;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

import dev.servicestandards.model.internal.time.DurationText;

/**
 * How much time a time-limit allows (the {@code within} of a clause): time that counts on the
 * clause's calendar, or a count of working days or calendar days (PRC Civil Code art. 201/203).
 */
public sealed interface TimeAllowance {

    /** Time that counts on the calendar: plain elapsed time on 24x7, working time otherwise. */
    record Time(Duration duration) implements TimeAllowance {
        public Time {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a time allowance must be positive: " + duration);
            }
        }

        @Override
        public String toString() {
            return DurationText.format(duration);
        }
    }

    /** {@code n} working days of the calendar, counted from the day after the start. */
    record WorkingDays(int days) implements TimeAllowance {
        public WorkingDays {
            if (days <= 0) {
                throw new IllegalArgumentException("working days must be positive: " + days);
            }
        }

        @Override
        public String toString() {
            return days + (days == 1 ? " working day" : " working days");
        }
    }

    /** {@code n} calendar days, counted from the day after the start; a deadline on a non-working day moves on. */
    record CalendarDays(int days) implements TimeAllowance {
        public CalendarDays {
            if (days <= 0) {
                throw new IllegalArgumentException("days must be positive: " + days);
            }
        }

        @Override
        public String toString() {
            return days + (days == 1 ? " day" : " days");
        }
    }

    /**
     * Parses {@code 90s}, {@code 30m}, {@code 4h}, {@code 1h30m}, {@code 3 working days},
     * {@code 3wd}, {@code 3 days} or {@code 3d}; empty when the text is none of these.
     */
    static Optional<TimeAllowance> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher days = DurationText.DAYS.matcher(t);
        if (days.matches()) {
            int n;
            try {
                n = Integer.parseInt(days.group(1));
            } catch (NumberFormatException tooLarge) {
                return Optional.empty();
            }
            if (n <= 0 || n > 100_000) {
                return Optional.empty();
            }
            boolean working = days.group(2).startsWith("w");
            return Optional.of(working ? new WorkingDays(n) : new CalendarDays(n));
        }
        return DurationText.parse(t).filter(d -> !d.isZero()).map(Time::new);
    }
}
