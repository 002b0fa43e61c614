package dev.servicestandards.draft.api;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * How to draft: the document fields the text may not state. Immutable; {@code with…} returns a copy.
 *
 * @param id            the standard id; when empty, {@code draft.} and the document's file name
 * @param version       the version to write (semantic version)
 * @param effectiveFrom the first day in force; when empty, the date the document states ("自2025年1月1日起施行"),
 *                      else the clock's date in {@code timezone}, with a note
 * @param timezone      the zone of the standard
 * @param clock         where "today" is read, only when neither the options nor the document give a date
 */
public record DraftOptions(Optional<String> id, String version, Optional<LocalDate> effectiveFrom, ZoneId timezone,
        Clock clock) {

    public DraftOptions {
        requireNonNull(id, "id");
        requireNonNull(version, "version");
        requireNonNull(effectiveFrom, "effectiveFrom");
        requireNonNull(timezone, "timezone");
        requireNonNull(clock, "clock");
    }

    /** No id, version 1.0.0, the document's date, Asia/Shanghai, the system clock. */
    public static DraftOptions defaults() {
        return new DraftOptions(Optional.empty(), "1.0.0", Optional.empty(), ZoneId.of("Asia/Shanghai"),
                Clock.systemUTC());
    }

    public DraftOptions withId(String newId) {
        return new DraftOptions(Optional.of(newId), version, effectiveFrom, timezone, clock);
    }

    public DraftOptions withVersion(String newVersion) {
        return new DraftOptions(id, newVersion, effectiveFrom, timezone, clock);
    }

    public DraftOptions withEffectiveFrom(LocalDate date) {
        return new DraftOptions(id, version, Optional.of(date), timezone, clock);
    }

    public DraftOptions withTimezone(ZoneId zone) {
        return new DraftOptions(id, version, effectiveFrom, zone, clock);
    }

    public DraftOptions withClock(Clock newClock) {
        return new DraftOptions(id, version, effectiveFrom, timezone, newClock);
    }
}
