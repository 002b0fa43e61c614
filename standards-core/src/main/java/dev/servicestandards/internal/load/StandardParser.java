package dev.servicestandards.internal.load;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.yaml.snakeyaml.nodes.Node;

import dev.servicestandards.api.CalendarSpec;
import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.EscalationTier;
import dev.servicestandards.api.Outcome;
import dev.servicestandards.api.Penalty;
import dev.servicestandards.api.Problem;
import dev.servicestandards.api.ProblemCode;
import dev.servicestandards.api.Scoring;
import dev.servicestandards.api.Selector;
import dev.servicestandards.api.SemVer;
import dev.servicestandards.api.Severity;
import dev.servicestandards.api.SourceLocation;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.api.TimeAllowance;
import dev.servicestandards.api.ValidationReport;
import dev.servicestandards.internal.text.NormalizedText;
import dev.servicestandards.internal.time.DurationText;

/**
 * Reads Standard Format v1 into the immutable model and validates it. Collects every problem.
 * Internal: use {@link Standards}.
 */
public final class StandardParser {

    private static final Pattern STANDARD_ID = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
    private static final Pattern CLAUSE_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,199}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,99}");
    private static final Pattern TIER_AT = Pattern.compile(
            "\\s*(\\d{1,4}(?:\\.\\d{1,4})?)\\s*%\\s*(?:\\+\\s*(\\S(?:.*\\S)?))?\\s*");
    private static final Pattern HOURS = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");
    private static final Pattern PERCENT = Pattern.compile("\\s*(\\d{1,3}(?:\\.\\d{1,6})?)\\s*%\\s*");
    private static final int MAX_PATTERN_LENGTH = 1_000;
    /** Escaped punctuation, \s, or literal whitespace in a pattern: normalized text has none. */
    private static final Pattern ASKS_FOR_REMOVED = Pattern.compile("\\\\[\\p{P}s]|\\s|[，。！？、；：]");

    static final Set<String> DOCUMENT_KEYS = Set.of("standard", "version", "title", "effective-from",
            "effective-until", "supersedes", "timezone", "calendars", "clauses", "scoring");
    static final List<String> KIND_KEYS = List.of("time-limit", "forbidden-phrases", "required-phrase", "limit",
            "required-fields", "kpi");
    private static final Set<String> CLAUSE_KEYS = Set.of("id", "title", "severity", "dimension", "applies-to",
            "penalty", "escalation", "time-limit", "forbidden-phrases", "required-phrase", "limit",
            "required-fields", "kpi");

    private final YamlTree tree;
    private final String file;
    private final List<Problem> warnings = new ArrayList<>();
    /** Clause id to its index, filled while reading {@code clauses}. */
    private final Map<String, Integer> clauseIds = new LinkedHashMap<>();

    private StandardParser(String file) {
        this.file = file;
        this.tree = new YamlTree(file);
    }

    /** Parses and validates the bytes of a standard file (UTF-8). */
    public static Standards.Result parse(String file, byte[] bytes) {
        return new StandardParser(file).run(bytes);
    }

    private Standards.Result run(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return finish(Optional.empty());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Optional<Standard> standard = tree.compose(text).flatMap(root -> document(root, sha256(bytes)));
        return finish(standard);
    }

    private Standards.Result finish(Optional<Standard> standard) {
        List<Problem> all = new ArrayList<>(tree.problems());
        // document order, so the first problem a user reads is the first in the file
        all.sort(java.util.Comparator.comparingInt((Problem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        if (all.isEmpty() && standard.isEmpty()) {
            all.add(new Problem(Problem.Level.ERROR, ProblemCode.IO_ERROR, SourceLocation.ofFile(file),
                    ProblemCode.IO_ERROR.format("the file is not UTF-8 text")));
        }
        all.addAll(warnings);
        ValidationReport report = new ValidationReport(all);
        return new Standards.Result(report.hasErrors() ? Optional.empty() : standard, report);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    // ---------------------------------------------------------------- document

    private Optional<Standard> document(Node root, String hash) {
        Optional<YamlTree.Mapping> doc = tree.mapping(root, "", DOCUMENT_KEYS);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        YamlTree.Mapping m = doc.get();
        Optional<String> id = tree.require(m, "standard").flatMap(n -> tree.text(n, "standard"))
                .filter(v -> check(STANDARD_ID.matcher(v).matches(), m.get("standard").get(), "standard",
                        ProblemCode.BAD_STANDARD_ID, v));
        Optional<SemVer> version = tree.require(m, "version").flatMap(n -> semver(n, "version"));
        Optional<String> title = m.get("title").flatMap(n -> tree.text(n, "title"));
        Optional<LocalDate> from = tree.require(m, "effective-from").flatMap(n -> date(n, "effective-from"));
        Optional<LocalDate> until = m.get("effective-until").flatMap(n -> date(n, "effective-until"));
        Optional<SemVer> supersedes = m.get("supersedes").flatMap(n -> semver(n, "supersedes"));
        Optional<ZoneId> zone = tree.require(m, "timezone").flatMap(n -> zone(n, "timezone"));

        if (from.isPresent() && until.isPresent() && !until.get().isAfter(from.get())) {
            tree.error(m.get("effective-until").get(), "effective-until", ProblemCode.EFFECTIVE_WINDOW, until.get(),
                    from.get());
        }
        if (version.isPresent() && supersedes.isPresent() && supersedes.get().compareTo(version.get()) >= 0) {
            tree.error(m.get("supersedes").get(), "supersedes", ProblemCode.SUPERSEDES_NOT_OLDER, supersedes.get(),
                    version.get());
        }

        Map<String, CalendarSpec> calendars = m.get("calendars").map(this::calendars).orElse(Map.of());
        Optional<Scoring> scoring = m.get("scoring").flatMap(this::scoring);
        List<Clause> clauses = tree.require(m, "clauses").map(n -> clauses(n, calendars, scoring))
                .orElse(List.of());

        if (!tree.problems().isEmpty() || id.isEmpty() || version.isEmpty() || from.isEmpty() || zone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Standard(id.get(), version.get(), title, from.get(), until, supersedes, zone.get(),
                calendars, clauses, scoring, file, hash));
    }

    private boolean check(boolean ok, Node node, String path, ProblemCode code, Object... args) {
        if (!ok) {
            tree.error(node, path, code, args);
        }
        return ok;
    }

    private Optional<SemVer> semver(Node node, String path) {
        return tree.text(node, path).flatMap(text -> {
            Optional<SemVer> v = SemVer.parse(text.strip());
            if (v.isEmpty()) {
                tree.error(node, path, ProblemCode.BAD_VERSION, YamlTree.shorten(text));
            }
            return v;
        });
    }

    private Optional<LocalDate> date(Node node, String path) {
        return tree.text(node, path).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text.strip()));
            } catch (DateTimeParseException e) {
                tree.error(node, path, ProblemCode.BAD_DATE, YamlTree.shorten(text));
                return Optional.empty();
            }
        });
    }

    private Optional<ZoneId> zone(Node node, String path) {
        return tree.text(node, path).flatMap(text -> {
            try {
                // region ids only: a fixed offset has no daylight saving and is not what a committee means
                if (text.strip().contains("/") || text.strip().equals("UTC")) {
                    return Optional.of(ZoneId.of(text.strip()));
                }
            } catch (DateTimeException e) {
                // reported below
            }
            tree.error(node, path, ProblemCode.BAD_TIMEZONE, YamlTree.shorten(text));
            return Optional.empty();
        });
    }

    private Optional<BigDecimal> number(Node node, String path) {
        return tree.text(node, path).flatMap(text -> {
            String t = text.strip();
            if (t.length() <= 40) {
                try {
                    return Optional.of(new BigDecimal(t));
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            tree.error(node, path, ProblemCode.BAD_NUMBER, YamlTree.shorten(text));
            return Optional.empty();
        });
    }

    private Optional<BigDecimal> nonNegative(Node node, String path) {
        return number(node, path).filter(n -> check(n.signum() >= 0, node, path, ProblemCode.BAD_NUMBER,
                n.toPlainString() + "' is negative; expected '0 or more"));
    }

    private <E extends Enum<E>> Optional<E> choice(Node node, String path, Class<E> type) {
        return tree.text(node, path).flatMap(text -> {
            for (E value : type.getEnumConstants()) {
                if (value.name().toLowerCase(Locale.ROOT).equals(text.strip())) {
                    return Optional.of(value);
                }
            }
            List<String> names = new ArrayList<>();
            for (E value : type.getEnumConstants()) {
                names.add(value.name().toLowerCase(Locale.ROOT));
            }
            tree.error(node, path, ProblemCode.BAD_CHOICE, YamlTree.shorten(text), String.join(", ", names));
            return Optional.empty();
        });
    }

    // ---------------------------------------------------------------- calendars

    private Map<String, CalendarSpec> calendars(Node node) {
        Map<String, CalendarSpec> out = new LinkedHashMap<>();
        tree.mapping(node, "calendars", null).ifPresent(m -> m.values().forEach((name, value) -> {
            String path = m.pathOf(name);
            Node keyNode = m.keys().get(name);
            if (!check(NAME.matcher(name).matches() && !name.equals(CalendarSpec.TWENTY_FOUR_SEVEN), keyNode, path,
                    ProblemCode.BAD_CALENDAR_NAME, YamlTree.shorten(name))) {
                return;
            }
            tree.mapping(value, path, Set.of("base", "hours", "holidays", "workdays")).ifPresent(c -> {
                Optional<String> base = c.get("base").flatMap(n -> tree.text(n, c.pathOf("base")))
                        .filter(b -> check(b.equals(CalendarSpec.CN_OFFICIAL), c.get("base").get(), c.pathOf("base"),
                                ProblemCode.BAD_CHOICE, YamlTree.shorten(b), CalendarSpec.CN_OFFICIAL));
                List<CalendarSpec.Hours> hours = c.get("hours").map(n -> hours(n, c.pathOf("hours"))).orElse(List.of());
                List<LocalDate> holidays = c.get("holidays").map(n -> dates(n, c.pathOf("holidays"))).orElse(List.of());
                List<LocalDate> workdays = c.get("workdays").map(n -> dates(n, c.pathOf("workdays"))).orElse(List.of());
                workdays.stream().filter(holidays::contains).findFirst().ifPresent(d -> tree.error(c.get("workdays").get(),
                        c.pathOf("workdays"), ProblemCode.CALENDAR_CONFLICT, d));
                out.put(name, new CalendarSpec(name, base, hours, new TreeSet<>(holidays), new TreeSet<>(workdays),
                        tree.at(keyNode, path)));
            });
        }));
        return out;
    }

    private List<CalendarSpec.Hours> hours(Node node, String path) {
        Optional<String> text = tree.text(node, path);
        if (text.isEmpty()) {
            return List.of();
        }
        List<CalendarSpec.Hours> out = new ArrayList<>();
        LocalTime previousEnd = null;
        for (String range : text.get().split(",")) {
            Matcher m = HOURS.matcher(range.strip());
            try {
                if (!m.matches()) {
                    throw new DateTimeException("no range");
                }
                LocalTime start = LocalTime.parse(m.group(1));
                LocalTime end = m.group(2).equals("24:00") ? LocalTime.MAX : LocalTime.parse(m.group(2));
                if (!start.isBefore(end) || previousEnd != null && start.isBefore(previousEnd)) {
                    throw new DateTimeException("unordered");
                }
                out.add(new CalendarSpec.Hours(start, end));
                previousEnd = end;
            } catch (DateTimeException e) {
                tree.error(node, path, ProblemCode.BAD_HOURS, YamlTree.shorten(text.get()));
                return List.of();
            }
        }
        return out;
    }

    private List<LocalDate> dates(Node node, String path) {
        List<LocalDate> out = new ArrayList<>();
        tree.sequence(node, path).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                date(items.get(i), path + "[" + i + "]").ifPresent(out::add);
            }
        });
        return out;
    }

    // ---------------------------------------------------------------- scoring

    private Optional<Scoring> scoring(Node node) {
        Optional<YamlTree.Mapping> mapping = tree.mapping(node, "scoring", Set.of("base", "group-by", "dimensions", "grades"));
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        YamlTree.Mapping m = mapping.get();
        int before = tree.problems().size();
        Optional<BigDecimal> base = tree.require(m, "base").flatMap(n -> nonNegative(n, m.pathOf("base")));
        String groupBy = m.get("group-by").flatMap(n -> tree.text(n, m.pathOf("group-by"))).orElse("agent");
        Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
        tree.require(m, "dimensions").flatMap(n -> tree.mapping(n, m.pathOf("dimensions"), null)).ifPresent(d ->
                d.values().forEach((name, weight) -> nonNegative(weight, d.pathOf(name))
                        .ifPresent(w -> dimensions.put(name, w))));
        if (base.isPresent() && tree.problems().size() == before) {
            BigDecimal sum = dimensions.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(base.get()) != 0) {
                tree.error(m.get("dimensions").get(), m.pathOf("dimensions"), ProblemCode.WEIGHTS_SUM,
                        sum.toPlainString(), base.get().toPlainString());
            }
        }
        List<Scoring.Grade> grades = new ArrayList<>();
        m.get("grades").flatMap(n -> tree.sequence(n, m.pathOf("grades"))).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                String path = m.pathOf("grades") + "[" + i + "]";
                tree.mapping(items.get(i), path, Set.of("at-least", "grade")).ifPresent(g -> {
                    Optional<BigDecimal> atLeast = g.get("at-least").flatMap(n -> number(n, g.pathOf("at-least")));
                    tree.require(g, "grade").flatMap(n -> tree.text(n, g.pathOf("grade")))
                            .ifPresent(name -> grades.add(new Scoring.Grade(atLeast, name)));
                });
            }
            for (int i = 0; i < grades.size(); i++) {
                boolean last = i == grades.size() - 1;
                Optional<BigDecimal> atLeast = grades.get(i).atLeast();
                boolean ok = last || atLeast.isPresent();
                if (ok && i > 0 && atLeast.isPresent()) {
                    ok = grades.get(i - 1).atLeast().map(prev -> prev.compareTo(atLeast.get()) > 0).orElse(false);
                }
                if (!ok) {
                    tree.error(items.get(Math.min(i, items.size() - 1)), m.pathOf("grades") + "[" + i + "]",
                            ProblemCode.BAD_GRADES);
                    break;
                }
            }
        });
        return base.map(b -> new Scoring(b, groupBy, dimensions, grades));
    }

    // ---------------------------------------------------------------- clauses

    private List<Clause> clauses(Node node, Map<String, CalendarSpec> calendars, Optional<Scoring> scoring) {
        Optional<List<Node>> items = tree.sequence(node, "clauses");
        if (items.isEmpty()) {
            return List.of();
        }
        if (items.get().isEmpty()) {
            tree.error(node, "clauses", ProblemCode.EMPTY_LIST);
        }
        Map<String, Integer> seen = clauseIds;
        List<Clause> out = new ArrayList<>();
        List<Runnable> laterChecks = new ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            String path = "clauses[" + i + "]";
            int index = i;
            tree.mapping(items.get().get(i), path, CLAUSE_KEYS).ifPresent(m -> {
                Optional<String> id = tree.require(m, "id").flatMap(n -> tree.text(n, m.pathOf("id")))
                        .filter(v -> check(CLAUSE_ID.matcher(v).matches(), m.get("id").get(), m.pathOf("id"),
                                ProblemCode.BAD_CLAUSE_ID, YamlTree.shorten(v)));
                id.ifPresent(v -> {
                    Integer first = seen.putIfAbsent(v, index);
                    if (first != null) {
                        tree.error(m.get("id").get(), m.pathOf("id"), ProblemCode.DUPLICATE_CLAUSE_ID, v, first);
                    }
                });
                clause(m, id, calendars, scoring, laterChecks).ifPresent(out::add);
            });
        }
        // checks that need every clause id, e.g. a KPI's rate-of clause
        laterChecks.forEach(Runnable::run);
        return out;
    }

    private Optional<Clause> clause(YamlTree.Mapping m, Optional<String> id, Map<String, CalendarSpec> calendars,
            Optional<Scoring> scoring, List<Runnable> laterChecks) {
        Optional<String> title = m.get("title").flatMap(n -> tree.text(n, m.pathOf("title")));
        Severity severity = m.get("severity").flatMap(n -> choice(n, m.pathOf("severity"), Severity.class))
                .orElse(Severity.MAJOR);
        Optional<String> dimension = m.get("dimension").flatMap(n -> tree.text(n, m.pathOf("dimension")));
        dimension.ifPresent(d -> scoring.ifPresent(s -> check(s.dimensions().containsKey(d), m.get("dimension").get(),
                m.pathOf("dimension"), ProblemCode.UNKNOWN_DIMENSION, YamlTree.shorten(d),
                String.join(", ", s.dimensions().keySet()))));
        Selector appliesTo = m.get("applies-to").map(n -> selector(n, m.pathOf("applies-to"))).orElse(Selector.ANY);
        Optional<Penalty> penalty = m.get("penalty").flatMap(n -> penalty(n, m.pathOf("penalty")));

        List<String> kinds = KIND_KEYS.stream().filter(m::has).toList();
        if (kinds.size() != 1) {
            tree.error(m.node(), m.path(), ProblemCode.CLAUSE_KIND, String.join(", ", KIND_KEYS),
                    kinds.isEmpty() ? "none" : String.join(" and ", kinds));
            return Optional.empty();
        }
        String kindKey = kinds.get(0);
        Node kindNode = m.get(kindKey).get();
        String kindPath = m.pathOf(kindKey);
        if (m.has("escalation") && !kindKey.equals("time-limit")) {
            tree.error(m.keys().get("escalation"), m.pathOf("escalation"), ProblemCode.ESCALATION_WITHOUT_TIME_LIMIT);
        }
        Optional<? extends ClauseKind> kind = switch (kindKey) {
            case "time-limit" -> timeLimit(kindNode, kindPath, m, calendars);
            case "forbidden-phrases" -> forbiddenPhrases(kindNode, kindPath);
            case "required-phrase" -> requiredPhrase(kindNode, kindPath);
            case "limit" -> limit(kindNode, kindPath);
            case "required-fields" -> tree.texts(kindNode, kindPath, false)
                    .filter(f -> check(!f.isEmpty(), kindNode, kindPath, ProblemCode.EMPTY_LIST))
                    .map(ClauseKind.RequiredFields::new);
            case "kpi" -> kpi(kindNode, kindPath, laterChecks);
            default -> throw new IllegalStateException("unhandled kind " + kindKey);
        };
        if (id.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Clause(id.get(), title, severity, dimension, appliesTo, penalty, kind.get(),
                tree.at(m.node(), m.path())));
    }

    private Selector selector(Node node, String path) {
        Map<String, List<String>> conditions = new LinkedHashMap<>();
        tree.mapping(node, path, null).ifPresent(m -> m.values().forEach((key, value) -> {
            String keyPath = m.pathOf(key);
            if (YamlTree.isNull(value)) {
                tree.error(value, keyPath, ProblemCode.BAD_SELECTOR, YamlTree.shorten(key));
                return;
            }
            tree.texts(value, keyPath, true).ifPresent(values -> {
                if (values.isEmpty()) {
                    tree.error(value, keyPath, ProblemCode.EMPTY_LIST);
                } else if (key.equals("type")) {
                    values.stream().filter(v -> !dev.servicestandards.api.Fact.TYPES.contains(v)).findFirst()
                            .ifPresentOrElse(v -> tree.error(value, keyPath, ProblemCode.BAD_CHOICE,
                                    YamlTree.shorten(v), "ticket, interaction"), () -> conditions.put(key, values));
                } else {
                    conditions.put(key, values);
                }
            });
        }));
        return new Selector(conditions);
    }

    private Optional<Penalty> penalty(Node node, String path) {
        return tree.mapping(node, path, Set.of("points", "per", "max", "amount", "currency")).flatMap(m -> {
            Optional<BigDecimal> points = tree.require(m, "points").flatMap(n -> nonNegative(n, m.pathOf("points")));
            Penalty.Per per = m.get("per").flatMap(n -> choice(n, m.pathOf("per"), Penalty.Per.class))
                    .orElse(Penalty.Per.OCCURRENCE);
            Optional<BigDecimal> max = m.get("max").flatMap(n -> nonNegative(n, m.pathOf("max")));
            Optional<BigDecimal> amount = m.get("amount").flatMap(n -> nonNegative(n, m.pathOf("amount")));
            Optional<String> currency = m.get("currency").flatMap(n -> tree.text(n, m.pathOf("currency")));
            return points.map(p -> new Penalty(p, per, max, amount, currency));
        });
    }

    private Optional<ClauseKind.TimeLimit> timeLimit(Node node, String path, YamlTree.Mapping clause,
            Map<String, CalendarSpec> calendars) {
        Optional<YamlTree.Mapping> mapping = tree.mapping(node, path, Set.of("from", "to", "within", "calendar", "pause"));
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        YamlTree.Mapping m = mapping.get();
        Optional<String> from = tree.require(m, "from").flatMap(n -> tree.text(n, m.pathOf("from")));
        Optional<String> to = tree.require(m, "to").flatMap(n -> tree.text(n, m.pathOf("to")));
        if (from.isPresent() && to.isPresent() && from.get().equals(to.get())) {
            tree.error(m.get("to").get(), m.pathOf("to"), ProblemCode.SAME_EVENT, YamlTree.shorten(to.get()));
        }
        Optional<TimeAllowance> within = tree.require(m, "within").flatMap(n -> tree.text(n, m.pathOf("within"))
                .flatMap(text -> {
                    Optional<TimeAllowance> a = TimeAllowance.parse(text);
                    if (a.isEmpty()) {
                        tree.error(n, m.pathOf("within"), ProblemCode.BAD_DURATION, YamlTree.shorten(text));
                    }
                    return a;
                }));
        String calendar = CalendarSpec.TWENTY_FOUR_SEVEN;
        if (m.has("calendar")) {
            Node calendarNode = m.get("calendar").get();
            Optional<String> name = tree.text(calendarNode, m.pathOf("calendar"));
            if (name.isPresent() && !name.get().equals(CalendarSpec.TWENTY_FOUR_SEVEN)
                    && !calendars.containsKey(name.get())) {
                List<String> known = new ArrayList<>(List.of(CalendarSpec.TWENTY_FOUR_SEVEN));
                known.addAll(calendars.keySet());
                tree.error(calendarNode, m.pathOf("calendar"), ProblemCode.UNKNOWN_CALENDAR,
                        YamlTree.shorten(name.get()), String.join(", ", known));
            }
            calendar = name.orElse(calendar);
        }
        Optional<ClauseKind.Pause> pause = m.get("pause").flatMap(n -> tree.mapping(n, m.pathOf("pause"), Set.of("from", "to"))
                .flatMap(p -> {
                    Optional<String> pf = tree.require(p, "from").flatMap(x -> tree.text(x, p.pathOf("from")));
                    Optional<String> pt = tree.require(p, "to").flatMap(x -> tree.text(x, p.pathOf("to")));
                    if (pf.isPresent() && pt.isPresent() && pf.get().equals(pt.get())) {
                        tree.error(p.get("to").get(), p.pathOf("to"), ProblemCode.SAME_EVENT, YamlTree.shorten(pt.get()));
                        return Optional.empty();
                    }
                    return pf.flatMap(f -> pt.map(t -> new ClauseKind.Pause(f, t)));
                }));
        List<EscalationTier> tiers = clause.get("escalation")
                .map(n -> escalation(n, clause.pathOf("escalation"), within)).orElse(List.of());
        if (from.isEmpty() || to.isEmpty() || within.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClauseKind.TimeLimit(from.get(), to.get(), within.get(), calendar, pause, tiers));
    }

    private List<EscalationTier> escalation(Node node, String path, Optional<TimeAllowance> within) {
        List<EscalationTier> out = new ArrayList<>();
        Optional<List<Node>> items = tree.sequence(node, path);
        if (items.isEmpty()) {
            return out;
        }
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < items.get().size(); i++) {
            String itemPath = path + "[" + i + "]";
            Optional<YamlTree.Mapping> mapping = tree.mapping(items.get().get(i), itemPath, Set.of("at", "tier"));
            if (mapping.isEmpty()) {
                continue;
            }
            YamlTree.Mapping m = mapping.get();
            Optional<String> tier = tree.require(m, "tier").flatMap(n -> tree.text(n, m.pathOf("tier")));
            Optional<EscalationTier> parsed = tree.require(m, "at").flatMap(n -> tree.text(n, m.pathOf("at"))
                    .flatMap(at -> tierAt(n, m.pathOf("at"), at)))
                    .flatMap(at -> tier.map(t -> new EscalationTier(t, at.percent(), at.offset(),
                            tree.at(m.node(), itemPath))));
            if (parsed.isEmpty()) {
                continue;
            }
            EscalationTier current = parsed.get();
            if (!names.add(current.tier())) {
                tree.error(m.get("tier").get(), m.pathOf("tier"), ProblemCode.DUPLICATE_TIER,
                        YamlTree.shorten(current.tier()));
            }
            if (!out.isEmpty()) {
                EscalationTier previous = out.get(out.size() - 1);
                if (!isAfter(current, previous, within)) {
                    tree.error(m.get("at").get(), m.pathOf("at"), ProblemCode.TIERS_NOT_INCREASING,
                            YamlTree.shorten(current.tier()), current.at(), YamlTree.shorten(previous.tier()),
                            previous.at());
                }
            }
            out.add(current);
        }
        return out;
    }

    /** Tier instants must strictly increase; with a time allowance they can be compared exactly. */
    private static boolean isAfter(EscalationTier later, EscalationTier earlier, Optional<TimeAllowance> within) {
        if (within.isPresent() && within.get() instanceof TimeAllowance.Time time) {
            BigDecimal allowed = BigDecimal.valueOf(time.duration().getSeconds());
            BigDecimal a = allowed.multiply(later.percent()).movePointLeft(2)
                    .add(BigDecimal.valueOf(later.offset().getSeconds()));
            BigDecimal b = allowed.multiply(earlier.percent()).movePointLeft(2)
                    .add(BigDecimal.valueOf(earlier.offset().getSeconds()));
            return a.compareTo(b) > 0;
        }
        int percent = later.percent().compareTo(earlier.percent());
        int offset = later.offset().compareTo(earlier.offset());
        return percent >= 0 && offset >= 0 && (percent > 0 || offset > 0);
    }

    private record TierAt(BigDecimal percent, Duration offset) {
    }

    private Optional<TierAt> tierAt(Node node, String path, String text) {
        Matcher m = TIER_AT.matcher(text);
        if (m.matches()) {
            BigDecimal percent = new BigDecimal(m.group(1));
            Optional<Duration> offset = m.group(2) == null ? Optional.of(Duration.ZERO) : DurationText.parse(m.group(2));
            if (percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(1000)) <= 0 && offset.isPresent()) {
                return Optional.of(new TierAt(percent, offset.get()));
            }
        }
        tree.error(node, path, ProblemCode.BAD_TIER_AT, YamlTree.shorten(text));
        return Optional.empty();
    }

    private Optional<ClauseKind.ForbiddenPhrases> forbiddenPhrases(Node node, String path) {
        return tree.mapping(node, path, Set.of("speaker", "phrases", "patterns")).flatMap(m -> {
            Optional<String> speaker = tree.require(m, "speaker").flatMap(n -> tree.text(n, m.pathOf("speaker")));
            List<String> phrases = m.get("phrases").map(n -> phrases(n, m.pathOf("phrases"))).orElse(List.of());
            List<String> patterns = m.get("patterns").map(n -> patterns(n, m.pathOf("patterns"))).orElse(List.of());
            if (phrases.isEmpty() && patterns.isEmpty() && !m.has("phrases") && !m.has("patterns")) {
                tree.error(m.node(), m.pathOf("phrases"), ProblemCode.MISSING_KEY, "phrases");
            }
            return speaker.map(s -> new ClauseKind.ForbiddenPhrases(s, phrases, patterns));
        });
    }

    private List<String> phrases(Node node, String path) {
        List<String> out = new ArrayList<>();
        tree.sequence(node, path).ifPresent(items -> {
            if (items.isEmpty()) {
                tree.error(node, path, ProblemCode.EMPTY_LIST);
            }
            for (int i = 0; i < items.size(); i++) {
                String itemPath = path + "[" + i + "]";
                Node item = items.get(i);
                tree.text(item, itemPath).ifPresent(phrase -> {
                    if (NormalizedText.normalize(phrase).isEmpty()) {
                        tree.error(item, itemPath, ProblemCode.EMPTY_PHRASE, YamlTree.shorten(phrase));
                    } else {
                        out.add(phrase);
                    }
                });
            }
        });
        return out;
    }

    private List<String> patterns(Node node, String path) {
        List<String> out = new ArrayList<>();
        tree.texts(node, path, false).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                String pattern = items.get(i);
                String itemPath = path + "[" + i + "]";
                Node item = ((org.yaml.snakeyaml.nodes.SequenceNode) node).getValue().get(i);
                try {
                    if (pattern.length() > MAX_PATTERN_LENGTH) {
                        throw new PatternSyntaxException("longer than " + MAX_PATTERN_LENGTH + " characters", "", -1);
                    }
                    Pattern compiled = Pattern.compile(pattern);
                    if (compiled.matcher("").matches()) {
                        tree.error(item, itemPath, ProblemCode.EMPTY_PHRASE, YamlTree.shorten(pattern));
                    } else {
                        if (ASKS_FOR_REMOVED.matcher(pattern).find()) {
                            warnings.add(new Problem(Problem.Level.WARNING, ProblemCode.PATTERN_NEVER_MATCHES,
                                    tree.at(item, itemPath), ProblemCode.PATTERN_NEVER_MATCHES.format(YamlTree.shorten(pattern))));
                        }
                        out.add(pattern);
                    }
                } catch (PatternSyntaxException e) {
                    tree.error(item, itemPath, ProblemCode.BAD_REGEX, YamlTree.shorten(e.getDescription()));
                }
            }
        });
        return out;
    }

    private Optional<ClauseKind.RequiredPhrase> requiredPhrase(Node node, String path) {
        return tree.mapping(node, path, Set.of("speaker", "position", "any-of")).flatMap(m -> {
            Optional<String> speaker = tree.require(m, "speaker").flatMap(n -> tree.text(n, m.pathOf("speaker")));
            ClauseKind.Position position = m.get("position")
                    .flatMap(n -> choice(n, m.pathOf("position"), ClauseKind.Position.class))
                    .orElse(ClauseKind.Position.ANY);
            Optional<List<String>> anyOf = tree.require(m, "any-of").map(n -> phrases(n, m.pathOf("any-of")))
                    .filter(list -> !list.isEmpty());
            return speaker.flatMap(s -> anyOf.map(a -> new ClauseKind.RequiredPhrase(s, position, a)));
        });
    }

    private Optional<ClauseKind.Limit> limit(Node node, String path) {
        return tree.mapping(node, path, Set.of("attribute", "at-most", "at-least")).flatMap(m -> {
            Optional<String> attribute = tree.require(m, "attribute").flatMap(n -> tree.text(n, m.pathOf("attribute")));
            Optional<BigDecimal> atMost = m.get("at-most").flatMap(n -> number(n, m.pathOf("at-most")));
            Optional<BigDecimal> atLeast = m.get("at-least").flatMap(n -> number(n, m.pathOf("at-least")));
            if (m.has("at-most") == m.has("at-least")) {
                tree.error(m.node(), path, ProblemCode.LIMIT_BOUNDS);
                return Optional.empty();
            }
            if (atMost.isEmpty() && atLeast.isEmpty()) {
                return Optional.empty();
            }
            return attribute.map(a -> new ClauseKind.Limit(a, atMost, atLeast));
        });
    }

    private Optional<ClauseKind.Kpi> kpi(Node node, String path, List<Runnable> laterChecks) {
        Optional<YamlTree.Mapping> mapping = tree.mapping(node, path,
                Set.of("rate-of", "average-of", "among", "group-by", "period", "at-least", "at-most", "min-sample"));
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        YamlTree.Mapping m = mapping.get();
        if (m.has("rate-of") == m.has("average-of")) {
            tree.error(m.node(), path, ProblemCode.CLAUSE_KIND, "rate-of, average-of",
                    m.has("rate-of") ? "rate-of and average-of" : "none");
            return Optional.empty();
        }
        boolean rate = m.has("rate-of");
        Optional<ClauseKind.Measure> measure = rate
                ? m.get("rate-of").flatMap(n -> rateOf(n, m.pathOf("rate-of"), laterChecks))
                : m.get("average-of").flatMap(n -> tree.mapping(n, m.pathOf("average-of"), Set.of("attribute"))
                        .flatMap(a -> tree.require(a, "attribute").flatMap(x -> tree.text(x, a.pathOf("attribute"))))
                        .map(ClauseKind.AverageOf::new));
        Selector among = m.get("among").map(n -> selector(n, m.pathOf("among"))).orElse(Selector.ANY);
        Optional<String> groupBy = m.get("group-by").flatMap(n -> tree.text(n, m.pathOf("group-by")));
        Optional<ClauseKind.Period> period = m.get("period").flatMap(n -> choice(n, m.pathOf("period"), ClauseKind.Period.class));
        Optional<BigDecimal> atLeast = m.get("at-least").flatMap(n -> target(n, m.pathOf("at-least"), rate));
        Optional<BigDecimal> atMost = m.get("at-most").flatMap(n -> target(n, m.pathOf("at-most"), rate));
        if (m.has("at-least") == m.has("at-most")) {
            tree.error(m.node(), path, ProblemCode.LIMIT_BOUNDS);
        }
        int minSample = m.get("min-sample").flatMap(n -> nonNegative(n, m.pathOf("min-sample"))
                .filter(v -> check(v.stripTrailingZeros().scale() <= 0 && v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0,
                        n, m.pathOf("min-sample"), ProblemCode.BAD_NUMBER, v.toPlainString())))
                .map(BigDecimal::intValue).orElse(1);
        return measure.map(x -> new ClauseKind.Kpi(x, among, groupBy, period, atLeast, atMost, minSample));
    }

    private Optional<BigDecimal> target(Node node, String path, boolean rate) {
        if (!rate) {
            return number(node, path);
        }
        return tree.text(node, path).flatMap(text -> {
            Matcher percent = PERCENT.matcher(text);
            if (percent.matches() && new BigDecimal(percent.group(1)).compareTo(BigDecimal.valueOf(100)) <= 0) {
                return Optional.of(new BigDecimal(percent.group(1)).movePointLeft(2));
            }
            try {
                BigDecimal fraction = new BigDecimal(text.strip());
                if (fraction.signum() >= 0 && fraction.compareTo(BigDecimal.ONE) <= 0) {
                    return Optional.of(fraction);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            tree.error(node, path, ProblemCode.BAD_PERCENT, YamlTree.shorten(text));
            return Optional.empty();
        });
    }

    private Optional<ClauseKind.Measure> rateOf(Node node, String path, List<Runnable> laterChecks) {
        return tree.mapping(node, path, Set.of("clause", "outcome", "attribute", "equals")).flatMap(m -> {
            if (m.has("clause") == m.has("attribute")) {
                tree.error(m.node(), path, ProblemCode.CLAUSE_KIND, "clause, attribute",
                        m.has("clause") ? "clause and attribute" : "none");
                return Optional.empty();
            }
            if (m.has("clause")) {
                Optional<String> clause = m.get("clause").flatMap(n -> tree.text(n, m.pathOf("clause")));
                Outcome outcome = m.get("outcome").flatMap(n -> choice(n, m.pathOf("outcome"), Outcome.class))
                        .orElse(Outcome.MET);
                Node clauseNode = m.get("clause").get();
                clause.ifPresent(c -> laterChecks.add(() -> check(clauseIds.containsKey(c), clauseNode,
                        m.pathOf("clause"), ProblemCode.UNKNOWN_CLAUSE, YamlTree.shorten(c))));
                return clause.map(c -> new ClauseKind.RateOfOutcome(c, outcome));
            }
            Optional<String> attribute = m.get("attribute").flatMap(n -> tree.text(n, m.pathOf("attribute")));
            String equals = m.get("equals").flatMap(n -> tree.text(n, m.pathOf("equals"))).orElse("true");
            return attribute.map(a -> new ClauseKind.RateOfAttribute(a, equals));
        });
    }
}
