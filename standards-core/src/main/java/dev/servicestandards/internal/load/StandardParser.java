package dev.servicestandards.internal.load;

import java.math.BigDecimal;

import dev.servicestandards.model.internal.Limits;
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
import java.util.stream.Collectors;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import dev.servicestandards.api.CalendarData;
import dev.servicestandards.api.CalendarSpec;
import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.EscalationTier;
import dev.servicestandards.api.LocalizedText;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Penalty;
import dev.servicestandards.api.Problem;
import dev.servicestandards.api.ProblemCode;
import dev.servicestandards.api.Scoring;
import dev.servicestandards.api.Selector;
import dev.servicestandards.api.SemVer;
import dev.servicestandards.model.Severity;
import dev.servicestandards.api.SourceLocation;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.model.TimeAllowance;
import dev.servicestandards.api.ValidationReport;
import dev.servicestandards.model.internal.text.NormalizedText;
import dev.servicestandards.model.internal.time.DurationText;

/**
 * Reads Standard Format v1 into the immutable model and validates it. Collects every problem.
 * Internal: use {@link Standards}.
 */
public final class StandardParser {

    /**
     * The most clauses of one standard: compiling costs time in proportion to the rules, and
     * a 4 MiB file could otherwise hold tens of thousands of clauses (docs/limits.md).
     */
    static final int MAX_CLAUSES = 1_000;
    /** The most escalation tiers of one clause. */
    static final int MAX_TIERS = 20;
    /** The most patterns of one forbidden-phrases clause (each is a regular expression run on every utterance). */
    static final int MAX_PATTERNS = 100;
    /** The longest standard id; a longer one is refused before it is checked. */
    static final int MAX_STANDARD_ID = 200;
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
    static final List<String> KIND_KEYS = List.of("time-limit", "follow-up", "forbidden-phrases", "required-phrase",
            "limit", "required-fields", "kpi", "repeat");
    private static final Set<String> CLAUSE_KEYS = Set.of("id", "title", "severity", "dimension", "applies-to",
            "penalty", "escalation", "time-limit", "follow-up", "forbidden-phrases", "required-phrase", "limit",
            "required-fields", "kpi", "repeat");

    private final YamlTree tree;
    private final String file;
    /** The official calendar data base calendars draw on. */
    private final CalendarData calendarData;
    private final List<Problem> warnings = new ArrayList<>();
    /** Clause id to its index, filled while reading {@code clauses}. */
    private final Map<String, Integer> clauseIds = new LinkedHashMap<>();
    /** The clauses read so far that are valid, by id: what a follow-up's later check looks at. */
    private final Map<String, Clause> parsedClauses = new LinkedHashMap<>();

    private StandardParser(String file, CalendarData calendarData) {
        this.file = file;
        this.tree = new YamlTree(file);
        this.calendarData = calendarData;
    }

    /** Parses and validates the bytes of a standard file (UTF-8), its base calendars on the shipped data. */
    public static Standards.Result parse(String file, byte[] bytes) {
        return parse(file, bytes, CalendarData.builtIn());
    }

    /** Parses and validates the bytes of a standard file (UTF-8), its base calendars on {@code calendarData}. */
    public static Standards.Result parse(String file, byte[] bytes, CalendarData calendarData) {
        return new StandardParser(file, calendarData).run(bytes);
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
        String source = text;
        Optional<Standard> standard = tree.compose(text).flatMap(root -> document(root, sha256(bytes), source));
        return finish(standard);
    }

    private Standards.Result finish(Optional<Standard> standard) {
        List<Problem> all = new ArrayList<>(tree.problems());
        // document order, so the first problem a user reads is the first in the file
        all.sort(java.util.Comparator.comparingInt((Problem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        if (all.isEmpty() && standard.isEmpty()) {
            all.add(Problem.error(ProblemCode.IO_ERROR, SourceLocation.ofFile(file), LocalizedText.of("text.not-utf8")));
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

    private Optional<Standard> document(Node root, String hash, String text) {
        Optional<YamlTree.Mapping> doc = tree.mapping(root, "", DOCUMENT_KEYS);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        YamlTree.Mapping m = doc.get();
        Optional<String> id = tree.require(m, "standard").flatMap(n -> tree.text(n, "standard"))
                .filter(v -> check(v.length() <= MAX_STANDARD_ID, m.get("standard").get(), "standard",
                        ProblemCode.TOO_LONG, YamlTree.shorten(v), v.length(), MAX_STANDARD_ID))
                .filter(v -> check(isSegmented(v, ".-"), m.get("standard").get(), "standard",
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
        calendarCoverage(calendars, clauses, from.get(), until);
        return Optional.of(new Standard(id.get(), version.get(), title, from.get(), until, supersedes, zone.get(),
                calendars, clauses, scoring, file, hash, text));
    }

    private boolean check(boolean ok, Node node, String path, ProblemCode code, Object... args) {
        if (!ok) {
            tree.error(node, path, code, args);
        }
        return ok;
    }

    /**
     * True when {@code text} is runs of {@code [a-z0-9]} joined by single chars of {@code separators}
     * ({@code cn.telecom.complaint-handling}); checked in one pass, as a regex with a repeated
     * group would recurse once per run.
     */
    static boolean isSegmented(String text, String separators) {
        boolean afterSeparator = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterSeparator = false;
            } else if (separators.indexOf(c) >= 0 && !afterSeparator) {
                afterSeparator = true;
            } else {
                return false;
            }
        }
        return !afterSeparator;
    }

    private Optional<SemVer> semver(Node node, String path) {
        return tree.text(node, path).flatMap(text -> {
            if (text.strip().length() > SemVer.MAX_LENGTH) {
                tree.error(node, path, ProblemCode.TOO_LONG, YamlTree.shorten(text), text.strip().length(),
                        SemVer.MAX_LENGTH);
                return Optional.empty();
            }
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
                    return inRange(new BigDecimal(t), node, path);
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            tree.error(node, path, ProblemCode.BAD_NUMBER, YamlTree.shorten(text));
            return Optional.empty();
        });
    }

    /** {@code n} when inside the numeric range every number of a standard must keep; else an error. */
    private Optional<BigDecimal> inRange(BigDecimal n, Node node, String path) {
        if (Limits.isSupported(n)) {
            return Optional.of(n);
        }
        tree.error(node, path, ProblemCode.NUMBER_OUT_OF_RANGE, Limits.shown(n), Limits.MAX_INTEGER_DIGITS,
                Limits.MAX_DECIMALS);
        return Optional.empty();
    }

    private Optional<BigDecimal> nonNegative(Node node, String path) {
        return number(node, path).filter(n -> check(n.signum() >= 0, node, path, ProblemCode.NEGATIVE_NUMBER,
                Limits.shown(n)));
    }

    private <E extends Enum<E>> Optional<E> choice(Node node, String path, Class<E> type) {
        return tree.text(node, path).flatMap(text -> {
            for (E value : type.getEnumConstants()) {
                if (value.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(text.strip())) {
                    return Optional.of(value);
                }
            }
            List<String> names = new ArrayList<>();
            for (E value : type.getEnumConstants()) {
                names.add(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            tree.error(node, path, ProblemCode.BAD_CHOICE, YamlTree.shorten(text), names);
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
            tree.mapping(value, path, Set.of("base", "hours", "special-hours", "closures", "holidays", "workdays",
                    "arrangements")).ifPresent(c -> {
                Optional<String> base = c.get("base").flatMap(n -> tree.text(n, c.pathOf("base")))
                        .filter(b -> check(calendarData.regions().contains(b), c.get("base").get(), c.pathOf("base"),
                                ProblemCode.BAD_CHOICE, YamlTree.shorten(b), List.copyOf(calendarData.regions())));
                List<CalendarSpec.Hours> hours = c.get("hours").filter(n -> !(n instanceof org.yaml.snakeyaml.nodes.MappingNode))
                        .map(n -> hours(n, c.pathOf("hours"))).orElse(List.of());
                Map<String, List<CalendarSpec.Hours>> weekdayHours = c.get("hours")
                        .filter(n -> n instanceof org.yaml.snakeyaml.nodes.MappingNode)
                        .map(n -> weekdayHours(n, c.pathOf("hours"))).orElse(Map.of());
                java.util.SortedMap<LocalDate, List<CalendarSpec.Hours>> specialHours = c.get("special-hours")
                        .map(n -> specialHours(n, c.pathOf("special-hours"))).orElse(new java.util.TreeMap<>());
                java.util.SortedMap<LocalDate, String> closures = c.get("closures")
                        .map(n -> closures(n, c.pathOf("closures"))).orElse(new java.util.TreeMap<>());
                List<LocalDate> holidays = c.get("holidays").map(n -> dates(n, c.pathOf("holidays"))).orElse(List.of());
                List<LocalDate> workdays = c.get("workdays").map(n -> dates(n, c.pathOf("workdays"))).orElse(List.of());
                workdays.stream().filter(holidays::contains).findFirst().ifPresent(d -> tree.error(c.get("workdays").get(),
                        c.pathOf("workdays"), ProblemCode.CALENDAR_CONFLICT, d));
                java.util.SortedMap<Integer, dev.servicestandards.model.Arrangement> own = c.get("arrangements")
                        .map(n -> new ArrangementReader(tree).years(n, c.pathOf("arrangements")))
                        .orElse(new java.util.TreeMap<>());
                if (c.has("arrangements") && !c.has("base")) {
                    tree.error(c.keys().get("arrangements"), c.pathOf("arrangements"), ProblemCode.ARRANGEMENTS_WITHOUT_BASE);
                }
                java.util.SortedMap<Integer, dev.servicestandards.model.Arrangement> official = new java.util.TreeMap<>();
                base.ifPresent(b -> {
                    official.putAll(calendarData.arrangements(b));
                    official.putAll(own);
                });
                out.put(name, new CalendarSpec(name, base, hours, weekdayHours, specialHours, closures, new TreeSet<>(holidays),
                        new TreeSet<>(workdays), own, official, tree.at(keyNode, path)));
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

    /** {@code mon-fri: "08:30-12:00, 13:30-17:30"}, {@code sat: "09:00-12:00"}, {@code sun: closed}: no day twice. */
    private Map<String, List<CalendarSpec.Hours>> weekdayHours(Node node, String path) {
        Map<String, List<CalendarSpec.Hours>> out = new LinkedHashMap<>();
        Set<java.time.DayOfWeek> seen = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
        tree.mapping(node, path, null).ifPresent(m -> m.values().forEach((days, value) -> {
            String dayPath = m.pathOf(days);
            Set<java.time.DayOfWeek> listed;
            try {
                listed = dev.servicestandards.model.internal.time.CalendarText.weekdays(days);
            } catch (IllegalArgumentException e) {
                tree.error(m.keys().get(days), dayPath, ProblemCode.BAD_WEEKDAYS, YamlTree.shorten(days));
                return;
            }
            for (java.time.DayOfWeek day : listed) {
                if (!seen.add(day)) {
                    tree.error(m.keys().get(days), dayPath, ProblemCode.WEEKDAY_TWICE, YamlTree.shorten(days),
                            day.name().substring(0, 3).toLowerCase(Locale.ROOT));
                    return;
                }
            }
            out.put(days, closedOrHours(value, dayPath));
        }));
        return out;
    }

    /** {@code 2025-12-31: "09:00-12:00"}, {@code 2026-02-16..2026-02-17: closed}. */
    private java.util.SortedMap<LocalDate, List<CalendarSpec.Hours>> specialHours(Node node, String path) {
        java.util.SortedMap<LocalDate, List<CalendarSpec.Hours>> out = new java.util.TreeMap<>();
        tree.mapping(node, path, null).ifPresent(m -> m.values().forEach((dates, value) -> {
            String datePath = m.pathOf(dates);
            List<LocalDate> days = dateRange(m.keys().get(dates), datePath, dates);
            List<CalendarSpec.Hours> hours = closedOrHours(value, datePath);
            days.forEach(d -> out.put(d, hours));
        }));
        return out;
    }

    /** {@code 盘点: 2025-06-30}, {@code 店庆: [2025-11-11, 2025-11-12..2025-11-13]}. */
    private java.util.SortedMap<LocalDate, String> closures(Node node, String path) {
        java.util.SortedMap<LocalDate, String> out = new java.util.TreeMap<>();
        tree.mapping(node, path, null).ifPresent(m -> m.values().forEach((name, value) -> {
            String namePath = m.pathOf(name);
            List<Node> items = value instanceof org.yaml.snakeyaml.nodes.ScalarNode ? List.of(value)
                    : tree.sequence(value, namePath).orElse(List.of());
            for (int i = 0; i < items.size(); i++) {
                String itemPath = value instanceof org.yaml.snakeyaml.nodes.ScalarNode ? namePath : namePath + "[" + i + "]";
                Node item = items.get(i);
                tree.text(item, itemPath).ifPresent(text -> dateRange(item, itemPath, text).forEach(d -> out.put(d, name)));
            }
        }));
        return out;
    }

    private List<LocalDate> dateRange(Node node, String path, String text) {
        try {
            return dev.servicestandards.model.internal.time.CalendarText.dates(text);
        } catch (IllegalArgumentException e) {
            tree.error(node, path, ProblemCode.BAD_DATE_RANGE, YamlTree.shorten(text));
            return List.of();
        }
    }

    private List<CalendarSpec.Hours> closedOrHours(Node value, String path) {
        if (value instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar
                && scalar.getValue().strip().equals(dev.servicestandards.model.internal.time.CalendarText.CLOSED)) {
            return List.of();
        }
        return hours(value, path);
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

    /**
     * Warns when a clause's calendar draws on official data that ends (or starts, or has a gap)
     * inside the standard's effective period: those dates cannot be judged until the data is added.
     */
    private void calendarCoverage(Map<String, CalendarSpec> calendars, List<Clause> clauses, LocalDate from,
            Optional<LocalDate> until) {
        Set<String> used = new TreeSet<>();
        for (Clause clause : clauses) {
            if (clause.kind() instanceof ClauseKind.TimeLimit limit) {
                used.add(limit.calendar());
            }
        }
        for (CalendarSpec spec : calendars.values()) {
            if (spec.base().isEmpty() || !used.contains(spec.name())) {
                continue;
            }
            java.util.SortedMap<Integer, dev.servicestandards.model.Arrangement> known = spec.official();
            int last = until.map(u -> u.minusDays(1).getYear()).orElse(Integer.MAX_VALUE);
            List<String> missing = new ArrayList<>();
            int year = from.getYear();
            for (; year <= Math.min(last, known.isEmpty() ? year : known.lastKey()); year++) {
                if (!known.containsKey(year)) {
                    missing.add(String.valueOf(year));
                }
            }
            List<Object> gaps = new ArrayList<>(missing);
            if (year <= last) {
                gaps.add(until.isPresent() ? (year == last ? String.valueOf(year) : year + "–" + last)
                        : LocalizedText.of("text.and-later", year));
            }
            if (gaps.isEmpty()) {
                continue;
            }
            // words of our own go in as texts, so the warning reads in any language
            Object have = known.isEmpty() ? LocalizedText.of("text.no-years")
                    : known.lastKey() - known.firstKey() + 1 == known.size() ? known.firstKey() + "–" + known.lastKey()
                    : LocalizedText.of("text.with-gaps", known.firstKey() + "–" + known.lastKey());
            Object period = until.<Object>map(u -> LocalizedText.of("text.from-until", from, u))
                    .orElse(LocalizedText.of("text.from-no-end", from));
            warnings.add(Problem.warning(ProblemCode.CALENDAR_DATA_ENDS, spec.location(), spec.name(), spec.base().get(),
                    have, period, gaps));
        }
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
                        Limits.shown(sum), Limits.shown(base.get()));
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
        Optional<List<Node>> items = tree.sequence(node, "clauses", MAX_CLAUSES, "text.many-clauses");
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
                clause(m, id, calendars, scoring, laterChecks).ifPresent(c -> {
                    out.add(c);
                    parsedClauses.putIfAbsent(c.id(), c);
                });
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
                List.copyOf(s.dimensions().keySet()))));
        Selector appliesTo = m.get("applies-to").map(n -> selector(n, m.pathOf("applies-to"))).orElse(Selector.ANY);
        Optional<Penalty> penalty = m.get("penalty").flatMap(n -> penalty(n, m.pathOf("penalty")));

        List<String> kinds = KIND_KEYS.stream().filter(m::has).toList();
        if (kinds.size() != 1) {
            tree.error(m.node(), m.path(), ProblemCode.CLAUSE_KIND, KIND_KEYS,
                    kinds.isEmpty() ? LocalizedText.of("text.none") : kinds);
            return Optional.empty();
        }
        String kindKey = kinds.get(0);
        Node kindNode = m.get(kindKey).get();
        String kindPath = m.pathOf(kindKey);
        if (m.has("escalation") && !kindKey.equals("time-limit") && !kindKey.equals("follow-up")) {
            tree.error(m.keys().get("escalation"), m.pathOf("escalation"), ProblemCode.ESCALATION_WITHOUT_TIME_LIMIT);
        }
        Optional<? extends ClauseKind> kind = switch (kindKey) {
            case "time-limit" -> timeLimit(kindNode, kindPath, m, calendars);
            case "follow-up" -> followUp(kindNode, kindPath, m, calendars, id, laterChecks);
            case "forbidden-phrases" -> forbiddenPhrases(kindNode, kindPath);
            case "required-phrase" -> requiredPhrase(kindNode, kindPath);
            case "limit" -> limit(kindNode, kindPath);
            case "required-fields" -> tree.texts(kindNode, kindPath, false)
                    .filter(f -> check(!f.isEmpty(), kindNode, kindPath, ProblemCode.EMPTY_LIST))
                    .map(ClauseKind.RequiredFields::new);
            case "kpi" -> kpi(kindNode, kindPath, laterChecks);
            case "repeat" -> repeat(kindNode, kindPath);
            default -> throw new IllegalStateException("unhandled kind " + kindKey);
        };
        if (penalty.isPresent() && (penalty.get().per() == Penalty.Per.HOUR_LATE || penalty.get().per() == Penalty.Per.TIER)
                && !kindKey.equals("time-limit") && !kindKey.equals("follow-up")) {
            Node penaltyNode = m.get("penalty").get();
            Node perNode = penaltyNode instanceof org.yaml.snakeyaml.nodes.MappingNode map ? map.getValue().stream()
                    .filter(t -> t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k && k.getValue().equals("per"))
                    .map(org.yaml.snakeyaml.nodes.NodeTuple::getValueNode).findFirst().orElse(penaltyNode) : penaltyNode;
            tree.error(perNode, m.pathOf("penalty") + ".per", ProblemCode.PER_NEEDS_CLOCK,
                    penalty.get().per().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        if (id.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Clause(id.get(), title, severity, dimension, appliesTo, penalty, kind.get(),
                tree.at(m.node(), m.path())));
    }

    private Selector selector(Node node, String path) {
        Map<String, List<String>> conditions = new LinkedHashMap<>();
        Map<String, Selector.Range> ranges = new LinkedHashMap<>();
        java.util.concurrent.atomic.AtomicReference<Optional<Selector>> not = new java.util.concurrent.atomic.AtomicReference<>(
                Optional.empty());
        List<Selector> anyOf = new ArrayList<>();
        tree.mapping(node, path, null).ifPresent(m -> m.values().forEach((key, value) -> {
            String keyPath = m.pathOf(key);
            if (YamlTree.isNull(value)) {
                tree.error(value, keyPath, ProblemCode.BAD_SELECTOR, YamlTree.shorten(key));
                return;
            }
            if (key.equals("not")) {
                not.set(Optional.of(selector(value, keyPath)));
                return;
            }
            if (key.equals("any-of")) {
                tree.sequence(value, keyPath).ifPresent(items -> {
                    if (items.isEmpty()) {
                        tree.error(value, keyPath, ProblemCode.EMPTY_LIST);
                    }
                    for (int i = 0; i < items.size(); i++) {
                        anyOf.add(selector(items.get(i), keyPath + "[" + i + "]"));
                    }
                });
                return;
            }
            if (value instanceof org.yaml.snakeyaml.nodes.MappingNode) {
                range(value, keyPath).ifPresent(r -> ranges.put(key, r));
                return;
            }
            tree.texts(value, keyPath, true).ifPresent(values -> {
                if (values.isEmpty()) {
                    tree.error(value, keyPath, ProblemCode.EMPTY_LIST);
                } else if (key.equals("type")) {
                    values.stream().filter(v -> !dev.servicestandards.model.Fact.TYPES.contains(v)).findFirst()
                            .ifPresentOrElse(v -> tree.error(value, keyPath, ProblemCode.BAD_CHOICE,
                                    YamlTree.shorten(v), dev.servicestandards.model.Fact.TYPES), () -> conditions.put(key, values));
                } else {
                    conditions.put(key, values);
                }
            });
        }));
        return new Selector(conditions, ranges, not.get(), anyOf);
    }

    /** {@code { at-least: 1000, less-than: 5000 }}: at least one bound, and some number within them. */
    private Optional<Selector.Range> range(Node node, String path) {
        return tree.mapping(node, path, Set.of("at-least", "at-most", "more-than", "less-than")).flatMap(m -> {
            Optional<BigDecimal> atLeast = m.get("at-least").flatMap(n -> number(n, m.pathOf("at-least")));
            Optional<BigDecimal> atMost = m.get("at-most").flatMap(n -> number(n, m.pathOf("at-most")));
            Optional<BigDecimal> moreThan = m.get("more-than").flatMap(n -> number(n, m.pathOf("more-than")));
            Optional<BigDecimal> lessThan = m.get("less-than").flatMap(n -> number(n, m.pathOf("less-than")));
            if (m.values().isEmpty()) {
                tree.error(node, path, ProblemCode.EMPTY_RANGE, "{}");
                return Optional.empty();
            }
            Optional<BigDecimal> low = atLeast.isPresent() ? atLeast : moreThan;
            Optional<BigDecimal> high = atMost.isPresent() ? atMost : lessThan;
            boolean open = moreThan.isPresent() || lessThan.isPresent();
            if (atLeast.isPresent() && moreThan.isPresent() || atMost.isPresent() && lessThan.isPresent()
                    || low.isPresent() && high.isPresent()
                    && (open ? low.get().compareTo(high.get()) >= 0 : low.get().compareTo(high.get()) > 0)) {
                tree.error(node, path, ProblemCode.EMPTY_RANGE, m.values().entrySet().stream()
                        .map(e -> e.getKey() + ": " + (e.getValue() instanceof ScalarNode v ? v.getValue() : "…"))
                        .collect(Collectors.joining(", ", "{ ", " }")));
                return Optional.empty();
            }
            return Optional.of(new Selector.Range(atLeast, atMost, moreThan, lessThan));
        });
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
        Optional<YamlTree.Mapping> mapping = tree.mapping(node, path, Set.of("from", "to", "within", "calendar", "pause",
                "each", "reopen"));
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        YamlTree.Mapping m = mapping.get();
        Optional<String> from = tree.require(m, "from").flatMap(n -> tree.text(n, m.pathOf("from")));
        Optional<String> to = tree.require(m, "to").flatMap(n -> tree.text(n, m.pathOf("to")));
        if (from.isPresent() && to.isPresent() && from.get().equals(to.get())) {
            tree.error(m.get("to").get(), m.pathOf("to"), ProblemCode.SAME_EVENT, YamlTree.shorten(to.get()));
        }
        Optional<Node> withinNode = tree.require(m, "within");
        Optional<ClauseKind.Choice> withinBy = withinBy(withinNode, m);
        Optional<TimeAllowance> within = within(withinNode, m);
        boolean each = m.get("each").map(n -> bool(n, m.pathOf("each"))).orElse(false);
        Optional<ClauseKind.Reopen> reopen = m.get("reopen").flatMap(n -> tree.mapping(n, m.pathOf("reopen"),
                Set.of("on", "clock")).flatMap(r -> {
                    Optional<String> on = tree.require(r, "on").flatMap(x -> tree.text(x, r.pathOf("on")));
                    Optional<String> mode = tree.require(r, "clock").flatMap(x -> tree.text(x, r.pathOf("clock")))
                            .filter(c -> check(c.equals("resume") || c.equals("restart"), r.get("clock").get(),
                                    r.pathOf("clock"), ProblemCode.BAD_CHOICE, YamlTree.shorten(c), "resume, restart"));
                    return on.flatMap(o -> mode.map(c -> new ClauseKind.Reopen(o, c.equals("restart"))));
                }));
        if (each && reopen.isPresent()) {
            tree.error(m.keys().get("reopen"), m.pathOf("reopen"), ProblemCode.EACH_AND_REOPEN);
        }
        String calendar = calendar(m, calendars);
        Optional<ClauseKind.Pause> pause = pause(m);
        List<TimeAllowance> allowances = new ArrayList<>();
        withinBy.ifPresent(c -> allowances.addAll(c.allowances().values()));
        within.ifPresent(allowances::add);
        List<EscalationTier> tiers = clause.get("escalation")
                .map(n -> escalation(n, clause.pathOf("escalation"), allowances)).orElse(List.of());
        if (from.isEmpty() || to.isEmpty() || within.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClauseKind.TimeLimit(from.get(), to.get(), within.get(), calendar, pause, tiers, withinBy,
                each, reopen));
    }

    /**
     * {@code follow-up: { after: { clause: c, tier: t }, to: e, within: 4h }}: a clock that starts
     * when clause {@code c} reaches tier {@code t} (or, with {@code outcome: violated}, when its
     * deadline passes unmet).
     */
    private Optional<ClauseKind.FollowUp> followUp(Node node, String path, YamlTree.Mapping clause,
            Map<String, CalendarSpec> calendars, Optional<String> self, List<Runnable> laterChecks) {
        Optional<YamlTree.Mapping> mapping = tree.mapping(node, path, Set.of("after", "to", "within", "calendar", "pause"));
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        YamlTree.Mapping m = mapping.get();
        Optional<ClauseKind.After> after = tree.require(m, "after")
                .flatMap(n -> after(n, m.pathOf("after"), self, laterChecks));
        Optional<String> to = tree.require(m, "to").flatMap(n -> tree.text(n, m.pathOf("to")));
        Optional<Node> withinNode = tree.require(m, "within");
        Optional<ClauseKind.Choice> withinBy = withinBy(withinNode, m);
        Optional<TimeAllowance> within = within(withinNode, m);
        String calendar = calendar(m, calendars);
        Optional<ClauseKind.Pause> pause = pause(m);
        List<TimeAllowance> allowances = new ArrayList<>();
        withinBy.ifPresent(c -> allowances.addAll(c.allowances().values()));
        within.ifPresent(allowances::add);
        List<EscalationTier> tiers = clause.get("escalation")
                .map(n -> escalation(n, clause.pathOf("escalation"), allowances)).orElse(List.of());
        if (after.isEmpty() || to.isEmpty() || within.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClauseKind.FollowUp(after.get(), to.get(), within.get(), calendar, pause, tiers, withinBy));
    }

    /** {@code { clause: c, tier: t }} or {@code { clause: c, outcome: violated }}, checked once every clause is read. */
    private Optional<ClauseKind.After> after(Node node, String path, Optional<String> self, List<Runnable> laterChecks) {
        return tree.mapping(node, path, Set.of("clause", "tier", "outcome")).flatMap(m -> {
            Optional<String> clause = tree.require(m, "clause").flatMap(n -> tree.text(n, m.pathOf("clause")));
            if (m.has("tier") == m.has("outcome")) {
                tree.error(m.node(), path, ProblemCode.ONE_OF, List.of("tier", "outcome"),
                        m.has("tier") ? List.of("tier", "outcome") : LocalizedText.of("text.none"));
                return Optional.empty();
            }
            Optional<String> tier = m.get("tier").flatMap(n -> tree.text(n, m.pathOf("tier")));
            boolean violated = m.get("outcome").flatMap(n -> tree.text(n, m.pathOf("outcome")))
                    .filter(o -> check(o.equals("violated"), m.get("outcome").get(), m.pathOf("outcome"),
                            ProblemCode.BAD_CHOICE, YamlTree.shorten(o), "violated"))
                    .isPresent();
            if (clause.isEmpty() || tier.isEmpty() && !violated) {
                return Optional.empty();
            }
            Node clauseNode = m.get("clause").get();
            laterChecks.add(() -> {
                String c = clause.get();
                if (!clauseIds.containsKey(c)) {
                    tree.error(clauseNode, m.pathOf("clause"), ProblemCode.UNKNOWN_CLAUSE, YamlTree.shorten(c));
                    return;
                }
                Clause followed = parsedClauses.get(c);
                if (followed == null) {
                    return; // it has errors of its own
                }
                if (!(followed.kind() instanceof ClauseKind.Timed timed)) {
                    tree.error(clauseNode, m.pathOf("clause"), ProblemCode.NOT_TIMED, c, followed.kind().key());
                    return;
                }
                tier.ifPresent(t -> {
                    List<String> names = timed.escalation().stream().map(EscalationTier::tier).toList();
                    check(names.contains(t), m.get("tier").get(), m.pathOf("tier"), ProblemCode.UNKNOWN_TIER, c,
                            YamlTree.shorten(t), names.isEmpty() ? LocalizedText.of("text.none") : names);
                });
                self.ifPresent(s -> {
                    // a chain of follow-ups that comes back to this one would wait for itself
                    List<String> chain = new ArrayList<>(List.of(s, c));
                    Clause next = followed;
                    while (next.kind() instanceof ClauseKind.FollowUp f) {
                        String id = f.after().clause();
                        if (chain.contains(id)) {
                            // the cycle is told once, at its clause that comes first in the file
                            if (id.equals(s) && chain.stream().allMatch(x -> clauseIds.get(x) >= clauseIds.get(s))) {
                                chain.add(id);
                                tree.error(clauseNode, m.pathOf("clause"), ProblemCode.FOLLOW_UP_CYCLE, s,
                                        String.join(" → ", chain));
                            }
                            return;
                        }
                        chain.add(id);
                        next = parsedClauses.get(id);
                        if (next == null) {
                            return;
                        }
                    }
                });
            });
            return Optional.of(new ClauseKind.After(clause.get(), tier));
        });
    }

    /** {@code repeat: { key: customer, within: 30 days, at-most: 2, dated-by: created }}. */
    private Optional<ClauseKind.Repeat> repeat(Node node, String path) {
        return tree.mapping(node, path, Set.of("key", "within", "at-most", "dated-by")).flatMap(m -> {
            Optional<String> key = tree.require(m, "key").flatMap(n -> tree.text(n, m.pathOf("key")));
            Optional<String> within = tree.require(m, "within").flatMap(n -> tree.text(n, m.pathOf("within"))
                    .filter(text -> allowance(n, m.pathOf("within")).filter(a -> check(!(a instanceof TimeAllowance.WorkingDays),
                            n, m.pathOf("within"), ProblemCode.WINDOW_NOT_ELAPSED, YamlTree.shorten(text))).isPresent()));
            Optional<Integer> atMost = tree.require(m, "at-most").flatMap(n -> nonNegative(n, m.pathOf("at-most"))
                    .filter(v -> check(v.stripTrailingZeros().scale() <= 0 && v.compareTo(BigDecimal.valueOf(1_000_000)) <= 0,
                            n, m.pathOf("at-most"), ProblemCode.NOT_WHOLE_NUMBER, Limits.shown(v), "1000000"))
                    .map(BigDecimal::intValue));
            Optional<String> datedBy = m.get("dated-by").flatMap(n -> tree.text(n, m.pathOf("dated-by")));
            if (key.isEmpty() || within.isEmpty() || atMost.isEmpty() || m.has("dated-by") && datedBy.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ClauseKind.Repeat(key.get(), within.get().strip(), atMost.get(), datedBy));
        });
    }

    /** The allowances chosen by value of a {@code within: { by: ... }}, if it is one. */
    private Optional<ClauseKind.Choice> withinBy(Optional<Node> withinNode, YamlTree.Mapping m) {
        return withinNode.filter(n -> n instanceof org.yaml.snakeyaml.nodes.MappingNode)
                .flatMap(n -> choice(n, m.pathOf("within")));
    }

    /** The allowance of {@code within}, or of its {@code otherwise}. */
    private Optional<TimeAllowance> within(Optional<Node> withinNode, YamlTree.Mapping m) {
        return withinNode.flatMap(n -> n instanceof org.yaml.snakeyaml.nodes.MappingNode
                ? tree.mapping(n, m.pathOf("within"), null).flatMap(w -> tree.require(w, "otherwise")
                        .flatMap(o -> allowance(o, w.pathOf("otherwise"))))
                : allowance(n, m.pathOf("within")));
    }

    /** The clock's calendar: one the standard defines, or {@code 24x7} (also when none is named). */
    private String calendar(YamlTree.Mapping m, Map<String, CalendarSpec> calendars) {
        String calendar = CalendarSpec.TWENTY_FOUR_SEVEN;
        if (m.has("calendar")) {
            Node calendarNode = m.get("calendar").get();
            Optional<String> name = tree.text(calendarNode, m.pathOf("calendar"));
            if (name.isPresent() && !name.get().equals(CalendarSpec.TWENTY_FOUR_SEVEN)
                    && !calendars.containsKey(name.get())) {
                List<String> known = new ArrayList<>(List.of(CalendarSpec.TWENTY_FOUR_SEVEN));
                known.addAll(calendars.keySet());
                tree.error(calendarNode, m.pathOf("calendar"), ProblemCode.UNKNOWN_CALENDAR,
                        YamlTree.shorten(name.get()), known);
            }
            calendar = name.orElse(calendar);
        }
        return calendar;
    }

    /** The pause of a clock, if any. */
    private Optional<ClauseKind.Pause> pause(YamlTree.Mapping m) {
        return m.get("pause").flatMap(n -> tree.mapping(n, m.pathOf("pause"), Set.of("from", "to"))
                .flatMap(p -> {
                    Optional<String> pf = tree.require(p, "from").flatMap(x -> tree.text(x, p.pathOf("from")));
                    Optional<String> pt = tree.require(p, "to").flatMap(x -> tree.text(x, p.pathOf("to")));
                    if (pf.isPresent() && pt.isPresent() && pf.get().equals(pt.get())) {
                        tree.error(p.get("to").get(), p.pathOf("to"), ProblemCode.SAME_EVENT, YamlTree.shorten(pt.get()));
                        return Optional.empty();
                    }
                    return pf.flatMap(f -> pt.map(t -> new ClauseKind.Pause(f, t)));
                }));
    }

    private Optional<TimeAllowance> allowance(Node n, String path) {
        return tree.text(n, path).flatMap(text -> {
            Optional<TimeAllowance> a = TimeAllowance.parse(text);
            if (a.isEmpty()) {
                tree.error(n, path, ProblemCode.BAD_DURATION, YamlTree.shorten(text));
            } else if (!withinLimits(a.get())) {
                tree.error(n, path, ProblemCode.DURATION_OUT_OF_RANGE, YamlTree.shorten(text), MAX_DURATION_TEXT);
                return Optional.empty();
            }
            return a;
        });
    }

    /** How the longest duration is named in problems. */
    private static final String MAX_DURATION_TEXT = Limits.MAX_DAYS + " days (" + Limits.MAX_DURATION.toHours() + "h)";

    /** True when an allowance is no longer than {@link Limits#MAX_DURATION}, so deadlines stay within reach. */
    private static boolean withinLimits(TimeAllowance a) {
        if (a instanceof TimeAllowance.Time t) {
            return t.duration().compareTo(Limits.MAX_DURATION) <= 0;
        }
        if (a instanceof TimeAllowance.WorkingDays d) {
            return d.days() <= Limits.MAX_DAYS;
        }
        return ((TimeAllowance.CalendarDays) a).days() <= Limits.MAX_DAYS;
    }

    /** {@code { by: priority, P1: 4h, P2: 8h, otherwise: 24h }}: the allowances by value. */
    private Optional<ClauseKind.Choice> choice(Node node, String path) {
        return tree.mapping(node, path, null).flatMap(m -> {
            Optional<String> by = tree.require(m, "by").flatMap(n -> tree.text(n, m.pathOf("by")));
            Map<String, TimeAllowance> allowances = new LinkedHashMap<>();
            m.values().forEach((key, value) -> {
                if (!key.equals("by") && !key.equals("otherwise")) {
                    allowance(value, m.pathOf(key)).ifPresent(a -> allowances.put(key, a));
                }
            });
            if (allowances.isEmpty() && m.has("by")) {
                tree.error(m.node(), path, ProblemCode.EMPTY_CHOICE);
            }
            return by.map(b -> new ClauseKind.Choice(b, allowances));
        });
    }

    private boolean bool(Node n, String path) {
        return tree.text(n, path).map(t -> {
            if (t.equals("true") || t.equals("false")) {
                return t.equals("true");
            }
            tree.error(n, path, ProblemCode.BAD_CHOICE, YamlTree.shorten(t), "true, false");
            return false;
        }).orElse(false);
    }

    private List<EscalationTier> escalation(Node node, String path, List<TimeAllowance> within) {
        List<EscalationTier> out = new ArrayList<>();
        Optional<List<Node>> items = tree.sequence(node, path, MAX_TIERS, "text.many-tiers");
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
                if (within.stream().anyMatch(w -> !isAfter(current, previous, Optional.of(w)))) {
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
                if (offset.get().compareTo(Limits.MAX_DURATION) > 0) {
                    tree.error(node, path, ProblemCode.DURATION_OUT_OF_RANGE, YamlTree.shorten(text), MAX_DURATION_TEXT);
                    return Optional.empty();
                }
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
        if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode list
                && tree.atMost(list.getValue(), MAX_PATTERNS, node, path, "text.many-patterns").isEmpty()) {
            return out;
        }
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
                        tree.error(item, itemPath, ProblemCode.PATTERN_MATCHES_EMPTY, YamlTree.shorten(pattern));
                    } else {
                        if (ASKS_FOR_REMOVED.matcher(pattern).find()) {
                            warnings.add(Problem.warning(ProblemCode.PATTERN_NEVER_MATCHES, tree.at(item, itemPath),
                                    YamlTree.shorten(pattern)));
                        }
                        folds(pattern).ifPresent(folds -> warnings.add(Problem.warning(ProblemCode.PATTERN_FOLDED,
                                tree.at(item, itemPath), YamlTree.shorten(pattern), folds)));
                        out.add(pattern);
                    }
                } catch (PatternSyntaxException e) {
                    tree.error(item, itemPath, ProblemCode.BAD_REGEX, YamlTree.shorten(e.getDescription()));
                }
            }
        });
        return out;
    }

    /**
     * The letters of {@code pattern} that the text never has, because normalization strips their
     * marks or folds them to Latin look-alikes, each with what it becomes ({@code é → e}).
     */
    private static Optional<String> folds(String pattern) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        pattern.codePoints().forEach(c -> {
            String to = NormalizedText.folded(c);
            if (to != null && found.size() < 8) {
                found.add(new String(Character.toChars(c)) + " (U+" + String.format("%04X", c) + ") \u2192 "
                        + (to.isEmpty() ? "nothing" : to));
            }
        });
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", found));
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
                Set.of("rate-of", "average-of", "percentile-of", "among", "group-by", "period", "at-least", "at-most",
                        "min-sample"));
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        YamlTree.Mapping m = mapping.get();
        List<String> measures = List.of("rate-of", "average-of", "percentile-of");
        List<String> given = measures.stream().filter(m::has).toList();
        if (given.size() != 1) {
            tree.error(m.node(), path, ProblemCode.ONE_OF, measures, given.isEmpty() ? LocalizedText.of("text.none") : given);
            return Optional.empty();
        }
        boolean rate = m.has("rate-of");
        Optional<ClauseKind.Measure> measure = switch (given.get(0)) {
            case "rate-of" -> m.get("rate-of").flatMap(n -> rateOf(n, m.pathOf("rate-of"), laterChecks));
            case "average-of" -> m.get("average-of").flatMap(n -> tree.mapping(n, m.pathOf("average-of"), Set.of("attribute"))
                    .flatMap(a -> tree.require(a, "attribute").flatMap(x -> tree.text(x, a.pathOf("attribute"))))
                    .map(ClauseKind.AverageOf::new));
            default -> m.get("percentile-of").flatMap(n -> percentileOf(n, m.pathOf("percentile-of")));
        };
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
                        n, m.pathOf("min-sample"), ProblemCode.NOT_WHOLE_NUMBER, Limits.shown(v),
                        Integer.toString(Integer.MAX_VALUE))))
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
                BigDecimal fraction = text.strip().length() <= 40 ? new BigDecimal(text.strip()) : BigDecimal.TEN;
                if (fraction.signum() >= 0 && fraction.compareTo(BigDecimal.ONE) <= 0 && Limits.isSupported(fraction)) {
                    return Optional.of(fraction);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            tree.error(node, path, ProblemCode.BAD_PERCENT, YamlTree.shorten(text));
            return Optional.empty();
        });
    }

    /** {@code { attribute: wait-seconds, percentile: 95 }}: the percentile above 0 and at most 100. */
    private Optional<ClauseKind.Measure> percentileOf(Node node, String path) {
        return tree.mapping(node, path, Set.of("attribute", "percentile")).flatMap(m -> {
            Optional<String> attribute = tree.require(m, "attribute").flatMap(x -> tree.text(x, m.pathOf("attribute")));
            Optional<BigDecimal> percentile = tree.require(m, "percentile").flatMap(x -> number(x, m.pathOf("percentile"))
                    .filter(p -> check(p.signum() > 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0, x, m.pathOf("percentile"),
                            ProblemCode.NOT_A_PERCENTILE, Limits.shown(p))));
            return attribute.flatMap(a -> percentile.map(p -> new ClauseKind.PercentileOf(a, p)));
        });
    }

    private Optional<ClauseKind.Measure> rateOf(Node node, String path, List<Runnable> laterChecks) {
        return tree.mapping(node, path, Set.of("clause", "outcome", "attribute", "equals")).flatMap(m -> {
            if (m.has("clause") == m.has("attribute")) {
                tree.error(m.node(), path, ProblemCode.ONE_OF, List.of("clause", "attribute"),
                        m.has("clause") ? List.of("clause", "attribute") : LocalizedText.of("text.none"));
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
