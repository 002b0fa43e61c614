package dev.servicestandards.internal.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import dev.servicestandards.api.LocalizedText;
import dev.servicestandards.api.Problem;
import dev.servicestandards.api.ProblemCode;
import dev.servicestandards.api.SourceLocation;

/**
 * Typed, located reading of a YAML node tree. The tree is only composed, never constructed
 * into objects, so no tag in the file can instantiate anything. Every problem is collected with
 * its file, line, column and path; reading goes on after a problem so all of them are reported.
 */
final class YamlTree {

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    YamlTree(String file) {
        this.file = file;
    }

    List<Problem> problems() {
        return problems;
    }

    /** Composes the single document of {@code text}; empty after a syntax problem. */
    Optional<Node> compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both lines
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit(Math.max(text.length() + 1, 1024));
        options.setProcessComments(false);
        // let global tags through to the node tree, where they are reported with a location;
        // nothing is ever constructed from them
        options.setTagInspector(tag -> true);
        try {
            Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options),
                    new Resolver(), options);
            Node node = composer.getSingleNode();
            if (node == null) {
                problems.add(Problem.error(ProblemCode.YAML_SYNTAX, new SourceLocation(file, 1, 1, ""),
                        LocalizedText.of("text.empty-document")));
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            SourceLocation at = mark == null ? SourceLocation.ofFile(file)
                    : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1, "");
            // the parser's own description of the fault, which it gives in English only
            problems.add(Problem.error(ProblemCode.YAML_SYNTAX, at, oneLine(what)));
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            // a character YAML does not allow (a control character, say): located, and named by its code point
            problems.add(Problem.error(ProblemCode.YAML_SYNTAX, locate(text, e.getPosition()),
                    oneLine(String.format("special character U+%04X is not allowed", e.getCodePoint()))));
        } catch (YAMLException e) {
            problems.add(Problem.error(ProblemCode.YAML_SYNTAX, SourceLocation.ofFile(file), oneLine(e.getMessage())));
        }
        return Optional.empty();
    }

    /** The 1-based line and column of the code point at {@code position} (0-based, in code points) of {@code text}. */
    private SourceLocation locate(String text, int position) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < position; seen++) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(cp);
        }
        return new SourceLocation(file, line, column, "");
    }

    SourceLocation at(Node node, String path) {
        Mark mark = node.getStartMark();
        return mark == null ? new SourceLocation(file, 0, 0, path)
                : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1, path);
    }

    /**
     * Reports an error of {@code code} at {@code node}. The arguments fill the code's message
     * template; words of our own go in as {@link LocalizedText}, lists as lists, so the message
     * renders in any language.
     */
    void error(Node node, String path, ProblemCode code, Object... arguments) {
        problems.add(Problem.error(code, at(node, path), arguments));
    }

    private static Object oneLine(String text) {
        return text == null ? LocalizedText.of("text.unreadable") : text.replaceAll("\\s+", " ").strip();
    }

    /** Whether the node carries a tag other than the plain YAML ones; reports it if so. */
    private boolean hostileTag(Node node, String path) {
        if (!PLAIN_TAGS.contains(node.getTag())) {
            error(node, path, ProblemCode.YAML_TAG, node.getTag().getValue());
            return true;
        }
        return false;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    private static LocalizedText describe(Node node) {
        if (node instanceof MappingNode) {
            return LocalizedText.of("text.mapping");
        }
        if (node instanceof SequenceNode) {
            return LocalizedText.of("text.list");
        }
        if (isNull(node)) {
            return LocalizedText.of("text.nothing");
        }
        return LocalizedText.of("text.value", shorten(((ScalarNode) node).getValue()));
    }

    static String shorten(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }

    /**
     * Reads a mapping, reporting duplicate keys and keys outside {@code allowed}. Values are
     * returned by key in document order; every key's node is kept for locations.
     */
    /** The most entries of any one list: a 4 MiB standard could otherwise hold a million phrases. */
    static final int MAX_ENTRIES = 10_000;
    /** The most keys of any one mapping. */
    static final int MAX_KEYS = 1_000;

    Optional<Mapping> mapping(Node node, String path, Set<String> allowed) {
        if (hostileTag(node, path)) {
            return Optional.empty();
        }
        if (!(node instanceof MappingNode mappingNode)) {
            error(node, path, ProblemCode.WRONG_TYPE, LocalizedText.of("text.mapping"), describe(node));
            return Optional.empty();
        }
        if (mappingNode.getValue().size() > MAX_KEYS) {
            error(node, path, ProblemCode.TOO_MANY, mappingNode.getValue().size(), MAX_KEYS, LocalizedText.of("text.many-keys"));
            return Optional.empty();
        }
        Map<String, Node> values = new LinkedHashMap<>();
        Map<String, Node> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : mappingNode.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey) || hostileTag(keyNode, path)) {
                if (keyNode instanceof ScalarNode == false) {
                    error(keyNode, path, ProblemCode.WRONG_TYPE, LocalizedText.of("text.plain-key"), describe(keyNode));
                }
                continue;
            }
            String key = scalarKey.getValue();
            String keyPath = join(path, key);
            if (keys.containsKey(key)) {
                error(keyNode, keyPath, ProblemCode.DUPLICATE_KEY, shorten(key),
                        String.valueOf(at(keys.get(key), keyPath).line()));
                continue;
            }
            if (allowed != null && !allowed.contains(key)) {
                TreeSet<String> known = new TreeSet<>(allowed);
                error(keyNode, keyPath, ProblemCode.UNKNOWN_KEY, shorten(key), DidYouMean.among(key, known, false),
                        List.copyOf(known));
                continue;
            }
            keys.put(key, keyNode);
            values.put(key, tuple.getValueNode());
        }
        return Optional.of(new Mapping(node, path, values, keys));
    }

    /** Reads a list; empty after a problem. */
    Optional<List<Node>> sequence(Node node, String path) {
        return sequence(node, path, MAX_ENTRIES, "text.many-entries");
    }

    /** Reads a list of at most {@code max} entries, which {@code what} names in the error past it. */
    Optional<List<Node>> sequence(Node node, String path, int max, String what) {
        if (hostileTag(node, path)) {
            return Optional.empty();
        }
        if (!(node instanceof SequenceNode sequenceNode)) {
            error(node, path, ProblemCode.WRONG_TYPE, LocalizedText.of("text.list"), describe(node));
            return Optional.empty();
        }
        return atMost(sequenceNode.getValue(), max, node, path, what);
    }

    /** {@code items}, or an error and empty when there are more than {@code max}; {@code what} names them. */
    Optional<List<Node>> atMost(List<Node> items, int max, Node node, String path, String what) {
        if (items.size() > max) {
            error(node, path, ProblemCode.TOO_MANY, items.size(), max, LocalizedText.of(what));
            return Optional.empty();
        }
        return Optional.of(items);
    }

    /** Reads a non-empty scalar as text; empty after a problem. */
    Optional<String> text(Node node, String path) {
        if (hostileTag(node, path)) {
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar) || isNull(node)) {
            error(node, path, ProblemCode.WRONG_TYPE, LocalizedText.of("text.text"), describe(node));
            return Optional.empty();
        }
        if (scalar.getValue().isBlank()) {
            error(node, path, ProblemCode.WRONG_TYPE, LocalizedText.of("text.text"), LocalizedText.of("text.blank-text"));
            return Optional.empty();
        }
        return Optional.of(scalar.getValue());
    }

    /** Reads a list of texts; a scalar counts as a list of one when {@code scalarAllowed}. */
    Optional<List<String>> texts(Node node, String path, boolean scalarAllowed) {
        if (scalarAllowed && node instanceof ScalarNode) {
            return text(node, path).map(List::of);
        }
        Optional<List<Node>> items = sequence(node, path);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.get().size(); i++) {
            Optional<String> item = text(items.get().get(i), path + "[" + i + "]");
            ok &= item.isPresent();
            item.ifPresent(out::add);
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** A read mapping: its values by key, and where each key was written. */
    record Mapping(Node node, String path, Map<String, Node> values, Map<String, Node> keys) {

        Optional<Node> get(String key) {
            Node value = values.get(key);
            return value == null || isNull(value) ? Optional.empty() : Optional.of(value);
        }

        boolean has(String key) {
            return get(key).isPresent();
        }

        String pathOf(String key) {
            return join(path, key);
        }
    }

    /** Reports a missing required key at the mapping; returns the value when present. */
    Optional<Node> require(Mapping mapping, String key) {
        Optional<Node> value = mapping.get(key);
        if (value.isEmpty()) {
            error(mapping.values().containsKey(key) ? mapping.keys().get(key) : mapping.node(),
                    mapping.pathOf(key), ProblemCode.MISSING_KEY, key);
        }
        return value;
    }
}
