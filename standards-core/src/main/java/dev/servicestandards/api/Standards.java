package dev.servicestandards.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.servicestandards.internal.load.StandardParser;

/**
 * Entry point for reading standards. A standard is data: loading it never runs any code it contains.
 */
public final class Standards {

    /** Files larger than this are refused, so a hostile file cannot exhaust memory. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private Standards() {
    }

    /** Loads and validates a standard file, or throws with every problem found. */
    public static Standard load(Path file) {
        return load(file, CalendarData.builtIn());
    }

    /**
     * Loads and validates a standard file whose official calendars draw on {@code calendarData}
     * (for example {@code CalendarData.builtIn().with(CalendarData.readFolder(dir)...)}), or throws
     * with every problem found.
     */
    public static Standard load(Path file, CalendarData calendarData) {
        Result result = read(file, calendarData);
        return result.standard().orElseThrow(() -> new InvalidStandardException(result.report()));
    }

    /** Loads and validates a standard from text; {@code fileLabel} names it in problems. */
    public static Standard parse(String yaml, String fileLabel) {
        return parse(yaml, fileLabel, CalendarData.builtIn());
    }

    /** Loads and validates a standard from text, its official calendars on {@code calendarData}. */
    public static Standard parse(String yaml, String fileLabel, CalendarData calendarData) {
        Result result = StandardParser.parse(fileLabel, yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Objects.requireNonNull(calendarData, "calendarData"));
        return result.standard().orElseThrow(() -> new InvalidStandardException(result.report()));
    }

    /** Validates a standard file and returns every problem, errors and warnings. */
    public static ValidationReport validate(Path file) {
        return read(file).report();
    }

    /**
     * Reads a standard file: the standard when it has no errors, and the report either way.
     */
    public static Result read(Path file) {
        return read(file, CalendarData.builtIn());
    }

    /**
     * Reads a standard file whose official calendars draw on {@code calendarData}: the standard
     * when it has no errors, and the report either way.
     */
    public static Result read(Path file, CalendarData calendarData) {
        java.util.Objects.requireNonNull(calendarData, "calendarData");
        String label = file.toString();
        try {
            byte[] bytes = readAtMost(file, MAX_FILE_BYTES);
            if (bytes.length > MAX_FILE_BYTES) {
                return Result.failed(Problem.error(ProblemCode.TOO_LARGE, SourceLocation.ofFile(label), bytes.length,
                        MAX_FILE_BYTES));
            }
            return StandardParser.parse(label, bytes, calendarData);
        } catch (IOException e) {
            // the operating system's own reason, in its language, unless we know it
            Object reason = e instanceof java.nio.file.NoSuchFileException ? LocalizedText.of("text.no-such-file")
                    : String.valueOf(e.getMessage());
            return Result.failed(Problem.error(ProblemCode.IO_ERROR, SourceLocation.ofFile(label), reason));
        }
    }

    /**
     * The bytes of {@code file}, or its first {@code limit + 1} bytes when it is longer: counted as
     * they are read, not taken from the size the file reports (a device or pipe reports none).
     */
    static byte[] readAtMost(Path file, long limit) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) limit + 1);
        }
    }

    /**
     * Reads a standard from bytes, such as standard input, reading at most {@link #MAX_FILE_BYTES}
     * and one more (then the standard is refused as too large); {@code in} is not closed.
     */
    public static Result read(java.io.InputStream in, String fileLabel, CalendarData calendarData) throws IOException {
        java.util.Objects.requireNonNull(calendarData, "calendarData");
        byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            return Result.failed(Problem.error(ProblemCode.TOO_LARGE, SourceLocation.ofFile(fileLabel), bytes.length,
                    MAX_FILE_BYTES));
        }
        return StandardParser.parse(fileLabel, bytes, calendarData);
    }

    /**
     * Reads a standard from text, such as standard input: the standard when it has no errors, and the
     * report either way; {@code fileLabel} names it in problems (e.g. {@code <stdin>}).
     */
    public static Result read(String yaml, String fileLabel) {
        return read(yaml, fileLabel, CalendarData.builtIn());
    }

    /** As {@link #read(String, String)}, checking calendars against the given calendar data. */
    public static Result read(String yaml, String fileLabel, CalendarData calendarData) {
        java.util.Objects.requireNonNull(calendarData, "calendarData");
        byte[] bytes = yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length > MAX_FILE_BYTES) {
            return Result.failed(Problem.error(ProblemCode.TOO_LARGE, SourceLocation.ofFile(fileLabel), bytes.length,
                    MAX_FILE_BYTES));
        }
        return StandardParser.parse(fileLabel, bytes, calendarData);
    }

    /** The outcome of reading a standard: present when valid, with every problem either way. */
    public record Result(Optional<Standard> standard, ValidationReport report) {
        public Result {
            if (standard.isPresent() && report.hasErrors()) {
                throw new IllegalArgumentException("a standard with errors cannot be present");
            }
        }

        static Result failed(Problem problem) {
            return new Result(Optional.empty(), new ValidationReport(List.of(problem)));
        }
    }
}
