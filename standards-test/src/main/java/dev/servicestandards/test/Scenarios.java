package dev.servicestandards.test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.servicestandards.model.Fact;
import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standards;
import dev.servicestandards.internal.facts.JsonLineParser;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/**
 * Conformance scenarios (docs/scenarios.md): reading scenario files, running them, and turning
 * them into JUnit 5 dynamic tests.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> conformance() {
 *     return Scenarios.dynamicTests(Path.of("scenarios"));
 * }
 * }</pre>
 */
public final class Scenarios {

    private static final Set<Tag> PLAIN = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Scenarios() {
    }

    /** The scenario files under {@code paths}: files as given, folders searched for {@code *.yaml}, sorted. */
    public static List<Path> files(Path... paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().forEach(out::add);
                }
            } else {
                out.add(path);
            }
        }
        return out;
    }

    /** Reads a scenario file; every problem is reported as {@code file:line:col: path: message}. */
    public static ScenarioSuite load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot read the file: " + e.getMessage());
        }
        return new Reader(file).suite(text);
    }

    /** Runs every scenario of a suite against its standard. */
    public static List<ScenarioResult> run(ScenarioSuite suite) {
        RuleSet rules = RuleSets.compile(Standards.load(suite.standard()));
        List<ScenarioResult> out = new ArrayList<>();
        for (Scenario scenario : suite.scenarios()) {
            out.add(run(rules, scenario));
        }
        return out;
    }

    /** Runs one scenario. */
    public static ScenarioResult run(RuleSet rules, Scenario scenario) {
        Report report = rules.evaluate(new FactBatch(scenario.facts(), List.of()), scenario.asOf());
        List<String> failures = new ArrayList<>();
        List<Finding> matched = new ArrayList<>();
        for (Scenario.Expectation e : scenario.expect()) {
            if (e.fact().isEmpty()) {
                List<KpiResult> kpis = report.kpis().stream().filter(k -> k.clause().equals(e.clause())
                        && e.group().map(k.group()::equals).orElse(true) && e.period().map(k.period()::equals).orElse(true))
                        .toList();
                if (kpis.stream().noneMatch(k -> k.outcome() == e.outcome())) {
                    failures.add("expected " + e + " but found " + (kpis.isEmpty() ? "no such KPI result"
                            : String.join("; ", kpis.stream().map(k -> k.clause() + " group " + k.group() + " period "
                                    + k.period() + " " + k.outcome().label()).toList())));
                }
                continue;
            }
            String fact = e.fact().get();
            // an expectation covers every finding it describes (a phrase said twice is two findings)
            List<Finding> hits = report.findings().stream().filter(f -> f.clause().equals(e.clause())
                    && f.fact().equals(fact) && f.outcome() == e.outcome()
                    && (e.escalation().isEmpty() || e.escalation().equals(f.escalation()))).toList();
            if (!hits.isEmpty()) {
                matched.addAll(hits);
            } else {
                List<String> actual = report.findings().stream()
                        .filter(f -> f.clause().equals(e.clause()) && f.fact().equals(fact)).map(Scenarios::describe).toList();
                failures.add("expected " + e + " but found " + (actual.isEmpty() ? "no finding of that clause for that fact"
                        : String.join("; ", actual)));
            }
        }
        if (scenario.only()) {
            report.findings().stream().filter(f -> f.outcome() != Outcome.MET && !matched.contains(f))
                    .forEach(f -> failures.add("unexpected " + describe(f)));
        }
        return new ScenarioResult(scenario, failures);
    }

    private static String describe(Finding f) {
        return f.clause() + " " + f.fact() + " " + f.outcome().label() + f.escalation().map(t -> " at tier " + t).orElse("");
    }

    /**
     * JUnit 5 dynamic tests: a container per scenario file, a test per scenario. A file that
     * cannot be read becomes one failing test naming the problem.
     */
    public static Stream<DynamicNode> dynamicTests(Path... paths) {
        List<Path> files;
        try {
            files = files(paths);
        } catch (IOException e) {
            return Stream.of(DynamicTest.dynamicTest("scenario files", () -> {
                throw new AssertionFailedError("cannot list scenario files: " + e.getMessage());
            }));
        }
        return files.stream().map(file -> {
            ScenarioSuite suite;
            try {
                suite = load(file);
            } catch (ScenarioException e) {
                return DynamicTest.dynamicTest(file.toString(), () -> {
                    throw new AssertionFailedError(e.getMessage());
                });
            }
            RuleSet rules = RuleSets.compile(Standards.load(suite.standard()));
            return DynamicContainer.dynamicContainer(file.toString(), suite.scenarios().stream().map(scenario ->
                    DynamicTest.dynamicTest(scenario.name(), file.toUri(), () -> {
                        ScenarioResult result = run(rules, scenario);
                        if (!result.passed()) {
                            throw new AssertionFailedError(scenario.file() + ":" + scenario.line() + ": "
                                    + String.join("\n", result.failures()));
                        }
                    })));
        });
    }

    /** Reads one scenario file, collecting every problem with its location. */
    private static final class Reader {
        private final Path file;
        private final List<String> problems = new ArrayList<>();
        private final JsonLineParser facts = new JsonLineParser();

        Reader(Path file) {
            this.file = file;
        }

        ScenarioSuite suite(String text) {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(50);
            options.setNestingDepthLimit(40);
            options.setCodePointLimit(Math.max(text.length() + 1, 1024));
            options.setTagInspector(tag -> true); // reported below, never constructed
            Node root;
            try {
                root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options)
                        .getSingleNode();
            } catch (MarkedYAMLException e) {
                Mark m = e.getProblemMark();
                throw new ScenarioException(file + (m == null ? "" : ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
                        + ": not valid YAML: " + String.valueOf(e.getProblem()).strip());
            }
            if (root == null) {
                throw new ScenarioException(file + ":1:1: the document is empty");
            }
            Map<String, Node> doc = mapping(root, "", Set.of("standard", "scenarios"));
            Path standard = null;
            List<Scenario> scenarios = new ArrayList<>();
            if (doc != null) {
                String standardText = text(doc.get("standard"), root, "standard");
                if (standardText != null) {
                    Path parent = file.toAbsolutePath().getParent();
                    standard = parent.resolve(standardText).normalize();
                    if (!Files.isRegularFile(standard)) {
                        error(doc.get("standard"), "standard", "no standard file at " + standard);
                    }
                }
                Node list = doc.get("scenarios");
                if (list == null) {
                    error(root, "scenarios", "required key 'scenarios' is missing");
                } else if (!(list instanceof SequenceNode items)) {
                    error(list, "scenarios", "expected a list");
                } else {
                    for (int i = 0; i < items.getValue().size(); i++) {
                        scenario(items.getValue().get(i), "scenarios[" + i + "]").ifPresent(scenarios::add);
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new ScenarioException(String.join("\n", problems));
            }
            return new ScenarioSuite(file, standard, scenarios);
        }

        private Optional<Scenario> scenario(Node node, String path) {
            Map<String, Node> m = mapping(node, path, Set.of("name", "as-of", "facts", "expect", "only"));
            if (m == null) {
                return Optional.empty();
            }
            String name = text(m.get("name"), node, path + ".name");
            String asOfText = text(m.get("as-of"), node, path + ".as-of");
            java.time.Instant asOf = null;
            if (asOfText != null) {
                try {
                    asOf = OffsetDateTime.parse(asOfText).toInstant();
                } catch (DateTimeParseException e) {
                    error(m.get("as-of"), path + ".as-of", "'" + asOfText + "' is not an ISO-8601 instant with offset");
                }
            }
            List<Fact> factList = new ArrayList<>();
            Node factsNode = m.get("facts");
            if (factsNode instanceof SequenceNode items) {
                for (int i = 0; i < items.getValue().size(); i++) {
                    Node item = items.getValue().get(i);
                    String itemPath = path + ".facts[" + i + "]";
                    Object value = value(item, itemPath);
                    if (value == null) {
                        continue;
                    }
                    try {
                        JsonLineParser.Result result = facts.parse(JSON.writeValueAsString(value));
                        result.fact().ifPresentOrElse(factList::add, () -> error(item, itemPath, result.reason()));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        error(item, itemPath, "cannot be turned into a fact: " + e.getOriginalMessage());
                    }
                }
            } else {
                error(factsNode == null ? node : factsNode, path + ".facts", "expected a list of facts");
            }
            List<Scenario.Expectation> expect = new ArrayList<>();
            Node expectNode = m.get("expect");
            if (expectNode instanceof SequenceNode items) {
                for (int i = 0; i < items.getValue().size(); i++) {
                    expectation(items.getValue().get(i), path + ".expect[" + i + "]").ifPresent(expect::add);
                }
            } else if (expectNode != null) {
                error(expectNode, path + ".expect", "expected a list of findings");
            }
            boolean only = false;
            if (m.get("only") != null) {
                String o = text(m.get("only"), node, path + ".only");
                if ("true".equals(o) || "false".equals(o)) {
                    only = Boolean.parseBoolean(o);
                } else if (o != null) {
                    error(m.get("only"), path + ".only", "expected true or false");
                }
            }
            if (name == null || asOf == null) {
                return Optional.empty();
            }
            return Optional.of(new Scenario(name, file.toString(), node.getStartMark().getLine() + 1, asOf, factList, expect, only));
        }

        private Optional<Scenario.Expectation> expectation(Node node, String path) {
            Map<String, Node> m = mapping(node, path, Set.of("clause", "fact", "group", "period", "outcome", "escalation"));
            if (m == null) {
                return Optional.empty();
            }
            String clause = text(m.get("clause"), node, path + ".clause");
            Optional<String> fact = optional(m, node, path, "fact");
            Optional<String> group = optional(m, node, path, "group");
            Optional<String> period = optional(m, node, path, "period");
            if (fact.isPresent() == group.isPresent()) {
                error(node, path, "an expectation names either a fact or, for a KPI, a group");
                return Optional.empty();
            }
            String outcomeText = text(m.get("outcome"), node, path + ".outcome");
            Outcome outcome = null;
            if (outcomeText != null) {
                try {
                    outcome = Outcome.valueOf(outcomeText.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    error(m.get("outcome"), path + ".outcome", "'" + outcomeText + "' is not one of: met, violated, pending, insufficient");
                }
            }
            Optional<String> escalation = optional(m, node, path, "escalation");
            if (clause == null || outcome == null) {
                return Optional.empty();
            }
            return Optional.of(new Scenario.Expectation(clause, fact, group, period, outcome, escalation));
        }

        private Optional<String> optional(Map<String, Node> m, Node node, String path, String key) {
            return m.get(key) == null ? Optional.empty() : Optional.ofNullable(text(m.get(key), node, path + "." + key));
        }

        private Map<String, Node> mapping(Node node, String path, Set<String> allowed) {
            if (!PLAIN.contains(node.getTag())) {
                error(node, path, "YAML tags are not allowed: " + node.getTag().getValue());
                return null;
            }
            if (!(node instanceof MappingNode mapping)) {
                error(node, path, "expected a mapping");
                return null;
            }
            Map<String, Node> out = new LinkedHashMap<>();
            for (NodeTuple t : mapping.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) {
                    error(t.getKeyNode(), path, "expected a plain key");
                    continue;
                }
                String keyPath = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                if (!allowed.contains(key.getValue())) {
                    error(key, keyPath, "unknown key '" + key.getValue() + "'; expected one of: "
                            + String.join(", ", new java.util.TreeSet<>(allowed)));
                } else if (out.put(key.getValue(), t.getValueNode()) != null) {
                    error(key, keyPath, "duplicate key '" + key.getValue() + "'");
                }
            }
            return out;
        }

        private String text(Node node, Node parent, String path) {
            if (node == null) {
                error(parent, path, "required key '" + path.substring(path.lastIndexOf('.') + 1) + "' is missing");
                return null;
            }
            if (!(node instanceof ScalarNode scalar) || node.getTag().equals(Tag.NULL) || !PLAIN.contains(node.getTag())) {
                error(node, path, "expected text");
                return null;
            }
            return scalar.getValue();
        }

        /** A YAML node as plain JSON-able data: maps, lists, text, numbers, booleans, null. */
        private Object value(Node node, String path) {
            if (!PLAIN.contains(node.getTag())) {
                error(node, path, "YAML tags are not allowed: " + node.getTag().getValue());
                return null;
            }
            if (node instanceof MappingNode mapping) {
                Map<String, Object> out = new LinkedHashMap<>();
                for (NodeTuple t : mapping.getValue()) {
                    if (!(t.getKeyNode() instanceof ScalarNode key)) {
                        error(t.getKeyNode(), path, "expected a plain key");
                        return null;
                    }
                    out.put(key.getValue(), value(t.getValueNode(), path + "." + key.getValue()));
                }
                return out;
            }
            if (node instanceof SequenceNode sequence) {
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < sequence.getValue().size(); i++) {
                    out.add(value(sequence.getValue().get(i), path + "[" + i + "]"));
                }
                return out;
            }
            ScalarNode scalar = (ScalarNode) node;
            Tag tag = scalar.getTag();
            if (tag.equals(Tag.NULL)) {
                return null;
            }
            if (tag.equals(Tag.BOOL)) {
                return Boolean.parseBoolean(scalar.getValue().toLowerCase(Locale.ROOT));
            }
            if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
                try {
                    return new BigDecimal(scalar.getValue());
                } catch (NumberFormatException e) {
                    return scalar.getValue();
                }
            }
            return scalar.getValue();
        }

        private void error(Node node, String path, String message) {
            Mark m = node.getStartMark();
            problems.add(file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1) + ": " + path + ": " + message);
        }
    }
}
