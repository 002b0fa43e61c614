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
        Result result = read(file);
        return result.standard().orElseThrow(() -> new InvalidStandardException(result.report()));
    }

    /** Loads and validates a standard from text; {@code fileLabel} names it in problems. */
    public static Standard parse(String yaml, String fileLabel) {
        Result result = StandardParser.parse(fileLabel, yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
        String label = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return Result.failed(new Problem(Problem.Level.ERROR, ProblemCode.TOO_LARGE,
                        SourceLocation.ofFile(label), ProblemCode.TOO_LARGE.format(String.valueOf(size),
                                String.valueOf(MAX_FILE_BYTES))));
            }
            return StandardParser.parse(label, Files.readAllBytes(file));
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
            return Result.failed(new Problem(Problem.Level.ERROR, ProblemCode.IO_ERROR, SourceLocation.ofFile(label),
                    ProblemCode.IO_ERROR.format(reason)));
        }
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
