package dev.servicestandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.servicestandards.api.Facts;
import dev.servicestandards.api.ProblemCode;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standards;
import dev.servicestandards.api.ValidationReport;
import dev.servicestandards.rules.api.RuleSets;
import dev.servicestandards.test.StandardsAssertions;
import dev.servicestandards.test.Scenarios;

/**
 * The documentation a clone carries: every link of the Markdown files stays inside the
 * repository and reaches a file (and heading) that exists, the format reference lists every
 * problem code with its current message in English and Chinese, and its YAML examples load.
 */
class Docs_Test {

    /** The repository root: tests run in the module's folder. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s+\"[^\"]*\")?\\s*$");
    private static final Pattern HTML_LINK = Pattern.compile("(?:href|src)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    static Stream<Path> markdownFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("README.md", "CHANGELOG.md", "BENCHMARKS.md")) {
            files.add(ROOT.resolve(name));
        }
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markdownFiles")
    void every_link_stays_in_the_repository_and_reaches_a_file_and_heading_that_exist(Path file) {
        // GIVEN
        List<String> lines = read(file);
        // WHEN
        List<String> broken = new ArrayList<>();
        for (Link link : links(lines)) {
            String why = check(file, link.target());
            if (why != null) {
                broken.add(ROOT.relativize(file) + ":" + link.line() + ": " + link.target() + ": " + why);
            }
        }
        // THEN
        assertThat(broken).as("links of %s", ROOT.relativize(file)).isEmpty();
    }

    static Stream<Arguments> references() {
        return Stream.of(Arguments.of("docs/format.md", Locale.ROOT),
                Arguments.of("docs/format.zh-CN.md", Locale.SIMPLIFIED_CHINESE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void the_format_reference_lists_every_problem_code_with_its_message(String reference, Locale locale) {
        // GIVEN
        List<String> lines = read(ROOT.resolve(reference));
        // WHEN
        List<String> wrong = new ArrayList<>();
        for (ProblemCode code : ProblemCode.values()) {
            String prefix = "| `" + code.code() + "` | `" + code.name() + "` | ";
            List<String> rows = lines.stream().filter(l -> l.startsWith(prefix)).toList();
            String message = template(code, locale).replace("|", "\\|");
            if (rows.size() != 1) {
                wrong.add(code.code() + " " + code.name() + ": " + rows.size() + " rows, expected one: " + prefix
                        + message + " | (when it arises) |");
            } else if (!rows.get(0).startsWith(prefix + message + " | ")) {
                wrong.add(code.code() + " " + code.name() + ": the message should read: " + message);
            }
        }
        // THEN
        assertThat(wrong).as("problem codes in %s", reference).isEmpty();
    }

    /** The message of {@code code} with its placeholders as {@code {0}}, {@code {1}}, ... */
    private static String template(ProblemCode code, Locale locale) {
        Object[] placeholders = new Object[10];
        for (int i = 0; i < placeholders.length; i++) {
            placeholders[i] = "{" + i + "}";
        }
        return code.format(locale, placeholders);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ProblemCode.class)
    void no_problem_code_is_left_out_of_either_reference(ProblemCode code) {
        // GIVEN
        String english = String.join("\n", read(ROOT.resolve("docs/format.md")));
        String chinese = String.join("\n", read(ROOT.resolve("docs/format.zh-CN.md")));
        // THEN
        assertThat(english).contains("`" + code.code() + "`");
        assertThat(chinese).contains("`" + code.code() + "`");
    }

    static Stream<Arguments> yamlExamples() {
        List<Arguments> out = new ArrayList<>();
        for (String reference : List.of("docs/format.md", "docs/format.zh-CN.md")) {
            List<String> lines = read(ROOT.resolve(reference));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("```yaml")) {
                    int start = i + 1;
                    int end = start;
                    while (!lines.get(end).strip().startsWith("```")) {
                        end++;
                    }
                    out.add(Arguments.of(reference + ":" + start, String.join("\n", lines.subList(start, end)) + "\n"));
                    i = end;
                }
            }
        }
        return out.stream();
    }

    /**
     * Each YAML example of the format references loads without errors: a whole standard as it
     * is; a clause, calendars, scoring or a clause's key inside a small standard of its own.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("yamlExamples")
    void every_yaml_example_of_the_format_reference_loads(String where, String yaml) {
        // GIVEN
        String standard = asStandard(yaml);
        // WHEN
        ValidationReport report = Standards.read(standard, where).report();
        // THEN
        assertThat(report.errors()).as("%s as the standard\n%s", where, standard).isEmpty();
    }

    private static final String HEAD = """
            standard: docs.example
            version: 1.0.0
            effective-from: 2025-01-01
            effective-until: 2027-01-01
            timezone: Asia/Shanghai
            """;
    /** What clause examples may refer to: a working-day calendar and a clause with tiers. */
    private static final String CALENDARS = """
            calendars:
              cn-workdays: { base: cn-official, hours: "09:00-12:00, 13:30-18:00" }
            """;
    private static final String ANSWER = """
              - id: complaint.answer
                applies-to: { type: ticket, kind: complaint }
                time-limit: { from: created, to: answered, within: 3 working days, calendar: cn-workdays }
                escalation:
                  - { at: 100%, tier: station }
                  - { at: 100% + 24h, tier: branch }
            """;

    private static String asStandard(String yaml) {
        String first = yaml.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst()
                .orElse("");
        if (first.startsWith("standard:")) {
            return yaml;
        }
        if (first.startsWith("- id:")) {
            return HEAD + CALENDARS + "clauses:\n" + ANSWER + indent(yaml, 2);
        }
        if (first.startsWith("calendars:")) {
            return HEAD + yaml + "clauses:\n" + ANSWER.replace("cn-workdays", "24x7");
        }
        if (first.startsWith("scoring:")) {
            return HEAD + CALENDARS + "clauses:\n" + ANSWER + yaml;
        }
        if (first.startsWith("applies-to:") || first.startsWith("escalation:") || first.startsWith("penalty:")) {
            return HEAD + CALENDARS + "clauses:\n" + ANSWER
                    + "  - id: example\n    time-limit: { from: reported, to: restored, within: 4h }\n" + indent(yaml, 4);
        }
        throw new AssertionError("a YAML example the test cannot place in a standard (write it as ```text): " + yaml);
    }

    private static String indent(String text, int spaces) {
        String pad = " ".repeat(spaces);
        StringBuilder out = new StringBuilder();
        text.lines().forEach(l -> out.append(l.isEmpty() ? "" : pad + l).append('\n'));
        return out.toString();
    }

    /** The worked example of the docs passes its own scenarios. */
    @TestFactory
    Stream<DynamicNode> the_worked_example_passes_its_scenarios() {
        return Scenarios.dynamicTests(ROOT.resolve("docs/examples/scenarios"));
    }

    /** The AssertJ lines of docs/scenarios.md, on the worked example. */
    @Test
    void the_assertj_example_of_the_scenarios_page_holds() throws IOException {
        // GIVEN
        Path standardFile = ROOT.resolve("docs/examples/standards/broadband-repair-1.0.0.yaml");
        Path factsFile = ROOT.resolve("docs/examples/facts/repairs.jsonl");
        // WHEN
        Report report = RuleSets.compile(Standards.load(standardFile))
                .evaluate(Facts.readJsonLines(factsFile), Instant.parse("2025-03-30T16:00:00Z"));
        // THEN
        StandardsAssertions.assertThat(report).hasViolation("repair.restore").forFact("R-2").atTier("branch").withPoints(6);
        StandardsAssertions.assertThat(report).hasViolation("call.forbidden").forFact("C-1").withoutTier();
        StandardsAssertions.assertThat(report).hasMet("repair.visit").forFact("R-2");
        // the two bad lines at the end of the facts are rejected, as docs/facts.md says
        assertThat(report.rejected()).extracting(r -> r.line()).containsExactly(7L, 8L);
    }

    // ------------------------------------------------------------------------------------- links

    /** The checker itself: each kind of broken link is named, with its reason. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "../shared/spec/STANDARD-FORMAT.md | a link outside the repository: a clone has no such file",
            "docs/nowhere.md                   | no such file in the repository",
            "docs/format.md#no-such-heading    | no heading '#no-such-heading' in docs/format.md",
            "#no-such-heading                  | no heading '#no-such-heading' in README.md",
            "/work/main/README.md              | an absolute path: link relative to the file",
            "file:///etc/passwd                | a link outside the repository"})
    void a_broken_link_is_named_with_its_reason(String target, String why) {
        assertThat(check(ROOT.resolve("README.md"), target)).isEqualTo(why);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docs/format.md#problem-codes", "docs/format.zh-CN.md#问题代码",
            "docs/draft.md#中文摘要供标准委员会参考", "docs/examples/", "#documentation", "https://semver.org"})
    void a_good_link_passes(String target) {
        assertThat(check(ROOT.resolve("README.md"), target)).isNull();
    }

    @Test
    void links_in_code_are_not_links() {
        // GIVEN
        List<String> lines = List.of("`[a](../x.md)` and [c](docs/cli.md)", "```", "[b](../y.md)", "```",
                "[ref]: docs/facts.md", "<img src=\"docs/report-screenshot.png\">");
        // THEN
        assertThat(links(lines)).extracting(Link::target)
                .containsExactly("docs/cli.md", "docs/facts.md", "docs/report-screenshot.png");
    }


    private record Link(int line, String target) {
    }

    /** The link targets of a Markdown file, outside code blocks and code spans. */
    private static List<Link> links(List<String> lines) {
        List<Link> out = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            String text = line.replaceAll("`[^`]*`", "");
            for (Pattern p : List.of(INLINE_LINK, REFERENCE_LINK, HTML_LINK)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    out.add(new Link(i + 1, m.group(1)));
                }
            }
        }
        return out;
    }

    /** Why a link is broken, or null when it is fine. */
    private static String check(Path from, String target) {
        if (target.isEmpty()) {
            return "an empty link";
        }
        if (SCHEME.matcher(target).find()) {
            if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("mailto:")) {
                return null;
            }
            return "a link outside the repository";
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        if (path.startsWith("/")) {
            return "an absolute path: link relative to the file";
        }
        Path resolved = path.isEmpty() ? from : from.getParent().resolve(decode(path)).normalize();
        if (!resolved.startsWith(ROOT)) {
            return "a link outside the repository: a clone has no such file";
        }
        if (!Files.exists(resolved)) {
            return "no such file in the repository";
        }
        if (anchor != null && !anchor.isEmpty() && resolved.toString().endsWith(".md")
                && !anchors(read(resolved)).contains(decode(anchor))) {
            return "no heading '#" + anchor + "' in " + ROOT.relativize(resolved);
        }
        return null;
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The anchors GitHub gives the headings of a Markdown file (duplicates numbered -1, -2 ...). */
    static Set<String> anchors(List<String> lines) {
        Set<String> out = new LinkedHashSet<>();
        boolean fenced = false;
        for (String line : lines) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (fenced || !m.matches()) {
                continue;
            }
            String text = m.group(2).replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "");
            String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
            String unique = slug;
            for (int n = 1; out.contains(unique); n++) {
                unique = slug + "-" + n;
            }
            out.add(unique);
        }
        return out;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
