package dev.servicestandards.rules.api;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standard;
import dev.servicestandards.rules.internal.CatalogImpl;

/**
 * A folder of standard files: several revisions of each standard id, each in force over its
 * effective window. Each fact is judged by the revision of each id in force at the fact's anchor
 * time (its earliest event, or as-of for a fact without events), in that standard's time zone.
 * Immutable and thread-safe.
 */
public interface Catalog {

    /**
     * Loads every {@code *.yaml} and {@code *.yml} file of {@code folder} (not its subfolders).
     *
     * @throws dev.servicestandards.api.InvalidStandardException with every problem of every file,
     *         and every pair of revisions of one id whose windows overlap
     */
    static Catalog load(Path folder) {
        return CatalogImpl.load(folder, dev.servicestandards.api.CalendarData.builtIn());
    }

    /**
     * Loads every standard file in {@code folder}, their official calendars on
     * {@code calendarData} (see {@link dev.servicestandards.api.CalendarData}); throws with every
     * problem of every file, as {@link #load(Path)}.
     */
    static Catalog load(Path folder, dev.servicestandards.api.CalendarData calendarData) {
        return CatalogImpl.load(folder, calendarData);
    }

    /** Every revision, by id then version. */
    List<Standard> standards();

    /** The revision of {@code id} in force on {@code date}, if any. */
    Optional<Standard> inForce(String id, LocalDate date);

    /** Judges a batch, each fact by the revisions in force at its anchor time. */
    Report evaluate(FactBatch batch, Instant asOf, EvaluationOptions options);

    /** Judges JSON Lines as they come, each fact by the revisions in force at its anchor time. */
    Report evaluate(Reader jsonLines, Instant asOf, EvaluationOptions options) throws IOException;
}
