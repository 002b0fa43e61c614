package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.servicestandards.internal.load.CalendarDataParser;
import dev.servicestandards.model.Arrangement;

/**
 * Official calendar data: for each region (such as {@code cn-official}), the holiday arrangement
 * of each year a government has published. The library ships the published PRC arrangements
 * ({@link #builtIn()}); an application adds or corrects years without a new release by reading
 * files in the same format ({@link #read(Path)}, {@link #readFolder(Path)}, the CLI's
 * {@code --calendars DIR}) and layering them with {@link #with(CalendarData)}; a standard can add
 * years itself with an {@code arrangements:} block. The format is in docs/calendars.md. A date
 * outside every known arrangement is never guessed: clauses on it are not judged. Immutable and
 * thread-safe.
 */
public final class CalendarData {

    /** The region of the official PRC calendar. */
    public static final String CN_OFFICIAL = "cn-official";

    private static final CalendarData EMPTY = new CalendarData(Map.of());

    private final Map<String, SortedMap<Integer, Arrangement>> regions;

    private CalendarData(Map<String, SortedMap<Integer, Arrangement>> regions) {
        Map<String, SortedMap<Integer, Arrangement>> copy = new TreeMap<>();
        regions.forEach((region, years) -> copy.put(region, Collections.unmodifiableSortedMap(new TreeMap<>(years))));
        this.regions = Collections.unmodifiableMap(copy);
    }

    /** No data at all. */
    public static CalendarData empty() {
        return EMPTY;
    }

    /** The data that ships with the library: the published PRC arrangements (2015 to 2026). */
    public static CalendarData builtIn() {
        return BuiltIn.DATA;
    }

    /** One region's years. */
    public static CalendarData of(String region, Iterable<Arrangement> years) {
        SortedMap<Integer, Arrangement> byYear = new TreeMap<>();
        years.forEach(a -> byYear.put(a.year(), a));
        return new CalendarData(Map.of(requireNonNull(region, "region"), byYear));
    }

    /** Reads one calendar data file; problems are located ({@code file:line:col: path: message}). */
    public static Result read(Path file) {
        String label = file.toString();
        try {
            byte[] bytes = Standards.readAtMost(file, Standards.MAX_FILE_BYTES);
            if (bytes.length > Standards.MAX_FILE_BYTES) {
                return Result.failed(label, ProblemCode.TOO_LARGE, bytes.length, Standards.MAX_FILE_BYTES);
            }
            return CalendarDataParser.parse(label, bytes);
        } catch (IOException e) {
            Object reason = e instanceof java.nio.file.NoSuchFileException ? LocalizedText.of("text.no-such-file")
                    : String.valueOf(e.getMessage());
            return Result.failed(label, ProblemCode.IO_ERROR, reason);
        }
    }

    /**
     * Reads every {@code *.yaml} and {@code *.yml} file of a folder, in file-name order, each
     * layered over the ones before; problems of every file are reported.
     */
    public static Result readFolder(Path folder) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
            entries.forEach(files::add);
        } catch (IOException e) {
            Object reason = e instanceof java.nio.file.NoSuchFileException ? LocalizedText.of("text.no-such-folder")
                    : String.valueOf(e.getMessage());
            return Result.failed(folder.toString(), ProblemCode.IO_ERROR, reason);
        }
        Collections.sort(files);
        CalendarData data = EMPTY;
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            Result one = read(file);
            problems.addAll(one.report().problems());
            if (one.data().isPresent()) {
                data = data.with(one.data().get());
            }
        }
        ValidationReport report = new ValidationReport(problems);
        return new Result(report.hasErrors() ? Optional.empty() : Optional.of(data), report);
    }

    /** This data with {@code later}'s years added; a year in both is {@code later}'s. */
    public CalendarData with(CalendarData later) {
        Map<String, SortedMap<Integer, Arrangement>> merged = new TreeMap<>();
        regions.forEach((region, years) -> merged.put(region, new TreeMap<>(years)));
        later.regions.forEach((region, years) -> merged.computeIfAbsent(region, r -> new TreeMap<>()).putAll(years));
        return new CalendarData(merged);
    }

    /** The regions with data. */
    public java.util.Set<String> regions() {
        return regions.keySet();
    }

    /** The years of {@code region}, by year; empty for an unknown region. */
    public SortedMap<Integer, Arrangement> arrangements(String region) {
        return regions.getOrDefault(region, Collections.emptySortedMap());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalendarData other && regions.equals(other.regions);
    }

    @Override
    public int hashCode() {
        return regions.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("CalendarData[");
        regions.forEach((region, years) -> out.append(region).append(' ')
                .append(years.isEmpty() ? "-" : years.firstKey() + "–" + years.lastKey()).append(years.size() > 0
                        && years.lastKey() - years.firstKey() + 1 != years.size() ? " (with gaps)" : "").append("; "));
        return out.append(']').toString();
    }

    /** The outcome of reading calendar data: present when valid, with every problem either way. */
    public record Result(Optional<CalendarData> data, ValidationReport report) {
        public Result {
            requireNonNull(data, "data");
            requireNonNull(report, "report");
            if (data.isPresent() && report.hasErrors()) {
                throw new IllegalArgumentException("data with errors cannot be present");
            }
        }

        static Result failed(String file, ProblemCode code, Object... arguments) {
            return new Result(Optional.empty(), new ValidationReport(List.of(Problem.error(code,
                    SourceLocation.ofFile(file), arguments))));
        }
    }

    /** The shipped data, read once when first asked for. */
    private static final class BuiltIn {
        static final String RESOURCE = "/dev/servicestandards/calendars/cn-official.yaml";
        static final CalendarData DATA = load();

        private static CalendarData load() {
            try (InputStream in = CalendarData.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing calendar data " + RESOURCE);
                }
                Result result = CalendarDataParser.parse(RESOURCE, in.readAllBytes());
                return result.data().orElseThrow(() -> new IllegalStateException("the shipped calendar data is invalid:\n"
                        + result.report()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
