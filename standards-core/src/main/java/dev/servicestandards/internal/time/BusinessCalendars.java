package dev.servicestandards.internal.time;

import dev.servicestandards.api.CalendarSpec;
import dev.servicestandards.api.Standard;

/** The calendars of a standard, by name. Internal. */
public final class BusinessCalendars {

    private BusinessCalendars() {
    }

    /** The calendar {@code name} of {@code standard}: built-in {@code 24x7} or a declared one. */
    public static BusinessCalendar of(Standard standard, String name) {
        if (name.equals(CalendarSpec.TWENTY_FOUR_SEVEN)) {
            return new TwentyFourSeven(standard.timezone());
        }
        CalendarSpec spec = standard.calendars().get(name);
        if (spec == null) {
            throw new IllegalArgumentException("standard " + standard.coordinates() + " declares no calendar " + name);
        }
        return WorkingCalendar.of(spec, standard.timezone());
    }
}
