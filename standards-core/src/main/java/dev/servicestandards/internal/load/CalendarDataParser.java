package dev.servicestandards.internal.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import org.yaml.snakeyaml.nodes.Node;

import dev.servicestandards.api.CalendarData;
import dev.servicestandards.api.LocalizedText;
import dev.servicestandards.api.Problem;
import dev.servicestandards.api.ProblemCode;
import dev.servicestandards.api.SourceLocation;
import dev.servicestandards.api.ValidationReport;
import dev.servicestandards.model.Arrangement;

/**
 * Reads a calendar data file: {@code region}, an optional {@code title}, and {@code years} in the
 * format of {@link ArrangementReader}. Collects every problem. Internal: use {@link CalendarData}.
 */
public final class CalendarDataParser {


    private CalendarDataParser() {
    }

    /** Parses the bytes of a calendar data file (UTF-8). */
    public static CalendarData.Result parse(String file, byte[] bytes) {
        YamlTree tree = new YamlTree(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new CalendarData.Result(Optional.empty(), new ValidationReport(List.of(Problem.error(
                    ProblemCode.IO_ERROR, SourceLocation.ofFile(file), LocalizedText.of("text.not-utf8")))));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Optional<CalendarData> data = tree.compose(text).flatMap(root -> read(tree, root));
        List<Problem> problems = new ArrayList<>(tree.problems());
        problems.sort(java.util.Comparator.comparingInt((Problem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        ValidationReport report = new ValidationReport(problems);
        return new CalendarData.Result(report.hasErrors() ? Optional.empty() : data, report);
    }

    private static Optional<CalendarData> read(YamlTree tree, Node root) {
        return tree.mapping(root, "", Set.of("region", "title", "years")).flatMap(m -> {
            Optional<String> region = tree.require(m, "region").flatMap(n -> tree.text(n, "region"))
                    .filter(r -> {
                        boolean ok = r.length() <= 100 && StandardParser.isSegmented(r, "-");
                        if (!ok) {
                            tree.error(m.get("region").get(), "region", ProblemCode.BAD_CALENDAR_NAME, YamlTree.shorten(r));
                        }
                        return ok;
                    });
            m.get("title").ifPresent(n -> tree.text(n, "title"));
            SortedMap<Integer, Arrangement> years = tree.require(m, "years")
                    .map(n -> new ArrangementReader(tree).years(n, "years")).orElse(new java.util.TreeMap<>());
            return region.map(r -> CalendarData.of(r, years.values()));
        });
    }
}
