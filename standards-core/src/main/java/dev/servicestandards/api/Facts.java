package dev.servicestandards.api;

import dev.servicestandards.model.Fact;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.servicestandards.internal.facts.JsonLineParser;
import dev.servicestandards.internal.facts.JsonLines;

/**
 * Reads facts from JSON Lines (one fact per line; see docs/facts.md). A line that is not valid
 * JSON, or a fact that breaks the rules, is rejected with its line number and reason; every other
 * line is still read.
 */
public final class Facts {

    private Facts() {
    }

    /**
     * Reads a whole JSON Lines file of UTF-8 text. A line that is not valid UTF-8 or longer than
     * 4 MiB is rejected on its own (see docs/limits.md).
     */
    public static FactBatch readJsonLines(Path file) throws IOException {
        try (Reader in = utf8(Files.newInputStream(file))) {
            return readJsonLines(in);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * A reader of UTF-8 JSON Lines from {@code in} for {@link #readJsonLines(Reader)},
     * {@link #forEachJsonLine} or a rule set's {@code evaluate}: each line is decoded on its own, so
     * an invalid byte rejects its line (with the line number and the byte) and keeps every other.
     * Closing the reader closes {@code in}.
     */
    public static Reader utf8(java.io.InputStream in) {
        return JsonLines.utf8(in);
    }

    /** Reads JSON Lines from a reader (not closed). */
    public static FactBatch readJsonLines(Reader in) throws IOException {
        List<Fact> facts = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        // each fact keeps its line: a clause left unjudged on it names the line, not 0
        JsonLineParser parser = new JsonLineParser();
        JsonLines.forEach(in, (number, line) -> {
            JsonLineParser.Result result = parser.parse(line);
            if (result.fact().isPresent()) {
                facts.add(result.fact().get());
                lines.add(number);
            } else {
                rejected.add(new Rejection(number, result.why()));
            }
        }, (number, why) -> rejected.add(new Rejection(number, why)));
        return new FactBatch(facts, rejected, lines);
    }

    /**
     * Streams JSON Lines from a reader (not closed): each good line goes to {@code facts}, each bad
     * one to {@code rejections}, in line order, in constant memory per line.
     */
    public static void forEachJsonLine(Reader in, Consumer<Fact> facts, Consumer<Rejection> rejections)
            throws IOException {
        JsonLineParser parser = new JsonLineParser();
        JsonLines.forEach(in, (number, line) -> {
            JsonLineParser.Result result = parser.parse(line);
            result.fact().ifPresentOrElse(facts, () -> rejections.accept(new Rejection(number, result.why())));
        }, (number, why) -> rejections.accept(new Rejection(number, why)));
    }
}
