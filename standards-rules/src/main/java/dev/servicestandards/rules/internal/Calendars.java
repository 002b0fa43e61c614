package dev.servicestandards.rules.internal;

import dev.servicestandards.api.CalendarSpec;
import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.Standard;
import dev.servicestandards.internal.time.BusinessCalendar;
import dev.servicestandards.internal.time.TwentyFourSeven;

/** Picks the business calendar of a time-limit clause. Internal. */
final class Calendars {

    private Calendars() {
    }

    /** Fails fast, at compile time, for a calendar this version cannot count on. */
    static void check(Standard standard) {
        for (Clause clause : standard.clauses()) {
            if (clause.kind() instanceof ClauseKind.TimeLimit limit) {
                of(standard, clause, limit);
            }
        }
    }

    static BusinessCalendar of(Standard standard, Clause clause, ClauseKind.TimeLimit limit) {
        if (limit.calendar().equals(CalendarSpec.TWENTY_FOUR_SEVEN)) {
            return new TwentyFourSeven(standard.timezone());
        }
        throw new IllegalArgumentException(clause.location() + ": clause '" + clause.id() + "' counts on calendar '"
                + limit.calendar() + "', but this version of the library counts time-limits only on the 24x7 "
                + "calendar; business calendars come with the next release");
    }
}
