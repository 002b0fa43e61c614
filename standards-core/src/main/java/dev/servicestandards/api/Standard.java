package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated service standard: one revision of one standard id. Immutable and thread-safe.
 * Obtain one from {@link Standards#load(java.nio.file.Path)}.
 *
 * @param id            e.g. {@code cn.telecom.complaint-handling}
 * @param version       the revision
 * @param title         optional title
 * @param effectiveFrom first day in force (inclusive, in {@code timezone})
 * @param effectiveUntil optional first day no longer in force (exclusive)
 * @param supersedes    optional older version of the same id
 * @param timezone      zone of dates, calendars and report instants
 * @param calendars     declared calendars by name, in the order written
 * @param clauses       the obligations, in the order written
 * @param scoring       optional scoring
 * @param source        the file the standard was read from
 * @param contentHash   SHA-256 of the file's bytes, hex
 * @param text          the file's text, as read (a KJAR carries it, so a rule set loaded from one knows its standard)
 */
public record Standard(String id, SemVer version, Optional<String> title, LocalDate effectiveFrom,
        Optional<LocalDate> effectiveUntil, Optional<SemVer> supersedes, ZoneId timezone,
        Map<String, CalendarSpec> calendars, List<Clause> clauses, Optional<Scoring> scoring, String source,
        String contentHash, String text) {

    public Standard {
        requireNonNull(id, "id");
        requireNonNull(version, "version");
        requireNonNull(title, "title");
        requireNonNull(effectiveFrom, "effectiveFrom");
        requireNonNull(effectiveUntil, "effectiveUntil");
        requireNonNull(supersedes, "supersedes");
        requireNonNull(timezone, "timezone");
        calendars = Collections.unmodifiableMap(new LinkedHashMap<>(calendars));
        clauses = List.copyOf(clauses);
        requireNonNull(scoring, "scoring");
        requireNonNull(source, "source");
        requireNonNull(contentHash, "contentHash");
        requireNonNull(text, "text");
    }

    /** The clause with this id, if any. */
    public Optional<Clause> clause(String clauseId) {
        return clauses.stream().filter(c -> c.id().equals(clauseId)).findFirst();
    }

    /** {@code id@version}, e.g. {@code cn.telecom.complaint-handling@1.0.0}. */
    public String coordinates() {
        return id + "@" + version;
    }
}
