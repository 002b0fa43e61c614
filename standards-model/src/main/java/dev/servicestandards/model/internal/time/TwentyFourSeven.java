package dev.servicestandards.model.internal.time;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.servicestandards.model.BusinessCalendar;

/** The default calendar: every instant of every day counts. Immutable. Internal. */
public record TwentyFourSeven(ZoneId zone) implements BusinessCalendar {

    public TwentyFourSeven {
        requireNonNull(zone, "zone");
    }

    @Override
    public String getName() {
        return TWENTY_FOUR_SEVEN;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return true;
    }

    @Override
    public Duration workingTime(Instant from, Instant to) {
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }

    @Override
    public Instant plusWorkingTime(Instant start, Duration amount) {
        // not Instant.plus(TemporalAmount): that goes through Duration.addTo, twice, on the hot path
        return Instant.ofEpochSecond(Math.addExact(start.getEpochSecond(), amount.getSeconds()),
                (long) start.getNano() + amount.getNano());
    }
}
