package dev.servicestandards.draft.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.draft.api.Draft;
import dev.servicestandards.draft.api.DraftOptions;
import dev.servicestandards.draft.api.Drafts;

/**
 * The drafter's benchmark: every document of {@code standards-examples/documents} is drafted and scored against
 * the standard written by hand beside it ({@code NAME.yaml}). The table is printed and written to
 * {@code target/draft-corpus.md}; BENCHMARKS.md quotes it.
 */
class Drafts_corpus_Test {

    static final Path DOCUMENTS = Path.of("../standards-examples/documents");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    static final List<CorpusScore> SCORES = new ArrayList<>();

    static List<Path> documents() throws IOException {
        try (Stream<Path> files = Files.list(DOCUMENTS)) {
            return files.filter(f -> f.toString().matches(".*\\.(txt|md|docx)$")).sorted().toList();
        }
    }

    static Path expectedOf(Path document) {
        return document.resolveSibling(document.getFileName().toString().replaceAll("\\.[^.]+$", ".yaml"));
    }

    static Draft draft(Path document, Standard expected) {
        return Drafts.draft(document, DraftOptions.defaults().withId(expected.id()).withVersion(expected.version().toString())
                .withClock(CLOCK));
    }

    @BeforeAll
    static void score() throws IOException {
        for (Path document : documents()) {
            Path answer = expectedOf(document);
            assertThat(answer).as("the standard written by hand for " + document).exists();
            Standard expected = Standards.load(answer);
            Draft draft = draft(document, expected);
            SCORES.add(CorpusScore.of(document.getFileName().toString(), expected, draft.standard().orElseThrow()));
        }
        StringBuilder table = new StringBuilder(CorpusScore.HEADER).append('\n');
        SCORES.forEach(s -> table.append(s.row()).append('\n'));
        int expected = SCORES.stream().mapToInt(CorpusScore::expected).sum();
        int drafted = SCORES.stream().mapToInt(CorpusScore::drafted).sum();
        int matched = SCORES.stream().mapToInt(CorpusScore::matched).sum();
        int full = SCORES.stream().mapToInt(CorpusScore::matchedFull).sum();
        table.append(String.format(Locale.ROOT, "| **all %d documents** | %d | %d | %d | %.2f | %.2f | %.2f | %.2f | | | | |%n",
                SCORES.size(), expected, drafted, matched, CorpusScore.ratio(matched, drafted),
                CorpusScore.ratio(matched, expected), CorpusScore.ratio(full, drafted), CorpusScore.ratio(full, expected)));
        System.out.print(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/draft-corpus.md"), table);
    }

    @Test
    void the_corpus_has_at_least_six_documents_and_a_word_document() throws IOException {
        assertThat(documents()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(documents()).anyMatch(d -> d.toString().endsWith(".docx"));
    }

    @Test
    void precision_and_recall_of_kind_and_numbers_reach_the_goal_over_the_corpus() {
        int expected = SCORES.stream().mapToInt(CorpusScore::expected).sum();
        int drafted = SCORES.stream().mapToInt(CorpusScore::drafted).sum();
        int matched = SCORES.stream().mapToInt(CorpusScore::matched).sum();
        // the goal of issue 24: 0.9 for each, on clause kind and numbers
        assertThat(CorpusScore.ratio(matched, drafted)).as("precision").isGreaterThanOrEqualTo(0.9);
        assertThat(CorpusScore.ratio(matched, expected)).as("recall").isGreaterThanOrEqualTo(0.9);
    }

    /**
     * Each document's counts, pinned: a change to the rules that gains or loses a clause shows here.
     * Columns: expected clauses, drafted, matched on kind and numbers, matched in full, escalations equal/compared,
     * penalties equal/compared, scoring equal.
     */
    @ParameterizedTest
    @CsvSource({
            "broadband-maintenance.docx,   14, 14, 14, 14, 1, 1, 3, 3, true",
            "call-center-web.txt,          12, 12, 12, 11, 0, 0, 1, 1, true",
            "complaint-handling-2025.txt,   9,  9,  9,  9, 2, 2, 5, 5, true",
            "complaint-handling-2026.txt,  10, 10, 10, 10, 2, 2, 5, 5, true",
            "contact-centre-en.txt,        13, 13, 13, 13, 1, 1, 2, 2, true",
            "gas-customer-service.md,      15, 15, 15, 15, 1, 1, 3, 3, true",
            // held out: written after the rules were tuned on the six above; see BENCHMARKS.md for their first run
            "heating-hotline-export.txt,   12, 12, 12, 12, 1, 1, 3, 3, true",
            "water-utility-en.md,          12, 12, 12, 12, 1, 1, 1, 1, true",
    })
    void each_document_scores_as_pinned(String document, int expected, int drafted, int matched, int full,
            int escalationsEqual, int escalations, int penaltiesEqual, int penalties, boolean scoring) {
        CorpusScore s = SCORES.stream().filter(x -> x.document().equals(document)).findFirst().orElseThrow();
        assertThat(List.of(s.expected(), s.drafted(), s.matched(), s.matchedFull(), s.escalationsEqual(),
                s.escalationsCompared(), s.penaltiesEqual(), s.penaltiesCompared()))
                .as(s.row())
                .containsExactly(expected, drafted, matched, full, escalationsEqual, escalations, penaltiesEqual, penalties);
        assertThat(s.scoringEqual()).as(s.row()).isEqualTo(scoring);
    }
}
