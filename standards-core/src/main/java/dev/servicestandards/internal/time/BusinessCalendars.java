package dev.servicestandards.internal.time;

import dev.servicestandards.api.CalendarSpec;
import dev.servicestandards.api.Standard;
import dev.servicestandards.model.BusinessCalendar;

/** The calendars of a standard, by name, as the model computes with them. Internal. */
public final class BusinessCalendars {

    private BusinessCalendars() {
    }

    /** The calendar {@code name} of {@code standard}: built-in {@code 24x7} or a declared one. */
    public static BusinessCalendar of(Standard standard, String name) {
        if (name.equals(CalendarSpec.TWENTY_FOUR_SEVEN)) {
            return BusinessCalendar.twentyFourSeven(standard.timezone());
        }
        CalendarSpec spec = standard.calendars().get(name);
        if (spec == null) {
            throw new IllegalArgumentException("standard " + standard.coordinates() + " declares no calendar " + name);
        }
        return of(spec, standard.timezone());
    }

    /** {@code 09:00-12:00, 13:30-18:00}, or {@code closed}. */
    public static String hours(java.util.List<CalendarSpec.Hours> hours) {
        return hours.isEmpty() ? "closed" : String.join(", ", hours.stream().map(CalendarSpec.Hours::toString).toList());
    }

    /** The plan of a time limit's clocks on its calendar. */
    public static dev.servicestandards.model.internal.time.Clocks.Plan plan(Standard standard,
            dev.servicestandards.api.ClauseKind.TimeLimit limit) {
        java.util.List<dev.servicestandards.model.internal.time.Clocks.Tier> tiers = limit.escalation().stream()
                .map(t -> new dev.servicestandards.model.internal.time.Clocks.Tier(t.percent(), t.offset())).toList();
        return dev.servicestandards.model.internal.time.Clocks.plan(limit.from(), limit.to(), limit.within(),
                limit.pause().map(dev.servicestandards.api.ClauseKind.Pause::from).orElse(null),
                limit.pause().map(dev.servicestandards.api.ClauseKind.Pause::to).orElse(null), tiers,
                of(standard, limit.calendar()));
    }

    /** A declared calendar in {@code zone}. */
    public static BusinessCalendar of(CalendarSpec spec, java.time.ZoneId zone) {
        BusinessCalendar.Builder builder = BusinessCalendar.builder(spec.name(), zone);
        spec.base().ifPresent(builder::official);
        spec.official().values().forEach(builder::arrangement);
        builder.holidays(spec.holidays()).workdays(spec.workdays());
        if (!spec.hours().isEmpty()) {
            builder.hours(hours(spec.hours()));
        }
        spec.weekdayHours().forEach((days, hours) -> builder.hours(days, hours(hours)));
        spec.specialHours().forEach((date, hours) -> builder.hoursOn(date.toString(), hours(hours)));
        spec.closures().forEach((date, name) -> builder.closed(name, date.toString()));
        return builder.build();
    }
}
