package dev.servicestandards.internal.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.servicestandards.api.TimeAllowance;

/**
 * Which time counts. Implementations are immutable and thread-safe. Internal.
 */
public interface BusinessCalendar {

    /** The zone in which days begin and end. */
    ZoneId zone();

    /** Whether {@code date} is a working day. */
    boolean isWorkingDay(LocalDate date);

    /** Working time in {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    Duration workingTime(Instant from, Instant to);

    /**
     * The earliest instant at which {@code amount} of working time has passed since {@code start};
     * {@code start} itself for a zero amount.
     */
    Instant plusWorkingTime(Instant start, Duration amount);

    /**
     * The deadline of a time allowance that starts at {@code start}: working time for
     * {@link TimeAllowance.Time}, day counting after PRC Civil Code art. 201 and 203 otherwise.
     */
    default Instant deadline(Instant start, TimeAllowance within) {
        if (within instanceof TimeAllowance.Time time) {
            return plusWorkingTime(start, time.duration());
        }
        LocalDate day = start.atZone(zone()).toLocalDate();
        if (within instanceof TimeAllowance.WorkingDays working) {
            // art. 201: the starting day is not counted; only working days count
            int counted = 0;
            while (counted < working.days()) {
                day = day.plusDays(1);
                if (isWorkingDay(day)) {
                    counted++;
                }
            }
        } else {
            // art. 203: a last day that is not a working day moves to the next working day
            day = day.plusDays(((TimeAllowance.CalendarDays) within).days());
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
        }
        // the end of the last counted day, i.e. the start of the next one
        return day.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    /** The working time a clock is allowed, measured from {@code start}. */
    default Duration allowed(Instant start, TimeAllowance within) {
        if (within instanceof TimeAllowance.Time time) {
            return time.duration();
        }
        return workingTime(start, deadline(start, within));
    }
}
