package dev.servicestandards.draft.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.servicestandards.model.TimeAllowance;
import dev.servicestandards.draft.api.Confidence;

/**
 * Turns what the rules found into clauses: merges phrase lists, gives ids, attaches escalation tiers and
 * penalties to the clauses they name, resolves KPIs that count a clause's outcome, and checks the scoring table.
 * Whatever cannot be attached is listed as unplaced with the reason.
 */
final class Assembler {

    private static final Pattern LATE = Pattern.compile("超时|未|逾期|超过|超期|延误|不及时|late|overdue|miss|exceed|not", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORBIDDEN_WORD = Pattern.compile("禁语|禁用语|忌语|forbidden|prohibited|banned", Pattern.CASE_INSENSITIVE);
    private static final Pattern RING_WORD = Pattern.compile("铃|ring", Pattern.CASE_INSENSITIVE);
    private static final Pattern GREETING_WORD = Pattern.compile("问候|您好|你好|首句|greet", Pattern.CASE_INSENSITIVE);
    private static final Pattern FAREWELL_WORD = Pattern.compile("再见|道别|结束语|告别|farewell|closing|goodbye", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELDS_WORD = Pattern.compile("记录不全|记录不完整|记录|登记|有指令|有回音|incomplete record|record", Pattern.CASE_INSENSITIVE);

    private final Extraction x;

    Assembler(Extraction x) {
        this.x = x;
    }

    void run() {
        merge(ClauseDraft.Category.FORBIDDEN);
        merge(ClauseDraft.Category.GREETING);
        merge(ClauseDraft.Category.FAREWELL);
        x.clauses.sort(Comparator.comparingInt(c -> c.sentence.index()));
        ids();
        escalations();
        penalties();
        kpis();
        scoring();
    }

    /** One clause per selector for phrase lists: items of a list, and lists in several places, become one clause. */
    private void merge(ClauseDraft.Category category) {
        List<ClauseDraft> kept = new ArrayList<>();
        for (ClauseDraft c : List.copyOf(x.clauses)) {
            if (c.category != category) {
                continue;
            }
            Optional<ClauseDraft> same = kept.stream().filter(k -> k.appliesTo.equals(c.appliesTo)).findFirst();
            if (same.isPresent()) {
                for (String p : c.phrases) {
                    if (!same.get().phrases.contains(p)) {
                        same.get().phrases.add(p);
                    }
                }
                c.sources.forEach(same.get()::addSource);
                x.clauses.remove(c);
            } else {
                kept.add(c);
            }
        }
    }

    private void ids() {
        Set<String> seen = new HashSet<>();
        for (ClauseDraft c : x.clauses) {
            String base = c.idHint.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (base.isEmpty()) {
                base = "clause";
            }
            String id = base;
            for (int n = 2; !seen.add(id); n++) {
                id = base + "-" + n;
            }
            c.id = id;
        }
    }

    // ------------------------------------------------------------------ escalation

    private List<ClauseDraft> timeLimits() {
        return x.clauses.stream().filter(c -> c.category == ClauseDraft.Category.TIME_LIMIT).toList();
    }

    private static String eventName(String word) {
        return Lexicon.first(Lexicon.EVENTS_CN, word).or(() -> Lexicon.first(Lexicon.EVENTS_EN, word))
                .map(Lexicon.Hit::name).orElse(word);
    }

    private void escalations() {
        for (Extraction.Escalation e : x.escalations) {
            List<ClauseDraft> all = timeLimits();
            List<ClauseDraft> same = all.stream().filter(c -> c.sentence == e.sentence()).toList();
            Set<String> named = new HashSet<>();
            e.words().forEach(w -> named.add(eventName(w)));
            List<ClauseDraft> targets;
            String note = null;
            if (!same.isEmpty()) {
                List<ClauseDraft> byWord = same.stream().filter(c -> named.contains(c.to)
                        && e.sentence().norm().matches(".*(未|超时|逾期)" + Pattern.quote(c.toWord) + ".*")).toList();
                targets = byWord.isEmpty() ? List.of(same.get(same.size() - 1)) : byWord;
            } else {
                List<ClauseDraft> before = all.stream().filter(c -> c.sentence.index() < e.sentence().index()).toList();
                List<ClauseDraft> inSection = before.stream()
                        .filter(c -> c.sentence.section().equals(e.sentence().section())).toList();
                if (e.toAll()) {
                    targets = inSection.isEmpty() ? before : inSection;
                    note = "escalation tiers from a sentence about all the time limits above it";
                } else {
                    List<ClauseDraft> byWord = before.stream().filter(c -> named.contains(c.to)).toList();
                    if (!byWord.isEmpty()) {
                        // the nearest clause with that event, and those drafted from its sentence (城区…, 农村…)
                        Sentence nearest = byWord.get(byWord.size() - 1).sentence;
                        String to = byWord.get(byWord.size() - 1).to;
                        targets = byWord.stream().filter(c -> c.to.equals(to) && c.sentence == nearest).toList();
                        note = "escalation tiers from another sentence that names the same event";
                    } else if (!inSection.isEmpty()) {
                        targets = List.of(inSection.get(inSection.size() - 1));
                        note = "escalation tiers from a later sentence of the same section, taken to be about this time limit";
                    } else {
                        targets = List.of();
                    }
                }
            }
            if (targets.isEmpty()) {
                x.unplace(e.sentence().quote(), "escalation tiers with no time limit to attach them to");
                continue;
            }
            for (ClauseDraft c : targets) {
                attach(c, e, note);
            }
        }
    }

    private void attach(ClauseDraft c, Extraction.Escalation e, String note) {
        List<ClauseDraft.Tier> tiers = new ArrayList<>(c.tiers);
        for (ClauseDraft.Tier t : e.tiers()) {
            ClauseDraft.Tier tier = t;
            if (t.percent() == null) {
                // "2 hours before the deadline": a percentage of the allowance, when the allowance is a time
                if (!(c.within instanceof TimeAllowance.Time time)) {
                    x.unplace(e.sentence().quote(), "a tier before the deadline of a clause counted in days: the format counts tiers from the start or after the deadline");
                    continue;
                }
                BigDecimal allowed = BigDecimal.valueOf(time.duration().getSeconds());
                BigDecimal used = allowed.add(BigDecimal.valueOf(t.offset().getSeconds()));
                BigDecimal percent = used.multiply(BigDecimal.valueOf(100)).divide(allowed, 4, RoundingMode.HALF_UP).stripTrailingZeros();
                if (percent.signum() <= 0 || used.multiply(BigDecimal.valueOf(100)).remainder(allowed).signum() != 0 && percent.scale() > 4) {
                    x.unplace(e.sentence().quote(), "a tier before the deadline that is not a whole share of the allowance");
                    continue;
                }
                tier = new ClauseDraft.Tier(percent.toPlainString() + "%", t.tier(), percent, Duration.ZERO);
            }
            ClauseDraft.Tier add = tier;
            if (tiers.stream().anyMatch(x -> x.tier().equals(add.tier()))) {
                continue;
            }
            tiers.add(add);
        }
        tiers.sort(Comparator.comparing((ClauseDraft.Tier t) -> instant(c, t)));
        for (int i = 1; i < tiers.size(); i++) {
            if (instant(c, tiers.get(i)).compareTo(instant(c, tiers.get(i - 1))) <= 0) {
                x.unplace(e.sentence().quote(), "escalation tiers of " + c.id + " that are not strictly increasing ("
                        + tiers.get(i - 1).tier() + " and " + tiers.get(i).tier() + " at the same instant)");
                return;
            }
        }
        c.tiers.clear();
        c.tiers.addAll(tiers);
        c.addSource(e.sentence().quote());
        if (note != null) {
            c.doubt(Confidence.MEDIUM, note);
        }
    }

    /** A tier's instant in seconds from the start: exact for time allowances, ordered by percent then offset for days. */
    private static BigDecimal instant(ClauseDraft c, ClauseDraft.Tier t) {
        BigDecimal allowed = c.within instanceof TimeAllowance.Time time ? BigDecimal.valueOf(time.duration().getSeconds())
                : BigDecimal.valueOf(1_000_000_000L);
        return allowed.multiply(t.percent()).movePointLeft(2).add(BigDecimal.valueOf(t.offset().getSeconds()));
    }

    // ------------------------------------------------------------------ penalties

    private void penalties() {
        for (Extraction.PenaltyFound p : x.penalties) {
            List<ClauseDraft> targets = x.clauses.stream()
                    .filter(c -> c.sentence == p.sentence() && c.category != ClauseDraft.Category.KPI).toList();
            String text = p.subjectText();
            if (targets.isEmpty()) {
                targets = named(text);
            }
            if (targets.isEmpty()) {
                x.unplace(p.sentence().quote(), "a penalty whose clause the drafter could not identify");
                continue;
            }
            for (ClauseDraft c : targets) {
                if (c.penalty != null) {
                    x.unplace(p.sentence().quote(), "a second penalty for clause " + c.id + " (the first one found is kept)");
                    continue;
                }
                c.penalty = p.penalty();
                c.addSource(p.sentence().quote());
            }
        }
    }

    /** The clauses a penalty sentence names by their words: 禁语, 铃, 受理超时, 回访, 记录… */
    private List<ClauseDraft> named(String text) {
        List<ClauseDraft> out = new ArrayList<>();
        if (FORBIDDEN_WORD.matcher(text).find()) {
            out.addAll(of(ClauseDraft.Category.FORBIDDEN));
        }
        if (RING_WORD.matcher(text).find()) {
            out.addAll(of(ClauseDraft.Category.RINGS));
        }
        if (GREETING_WORD.matcher(text).find()) {
            out.addAll(of(ClauseDraft.Category.GREETING));
        }
        if (FAREWELL_WORD.matcher(text).find()) {
            out.addAll(of(ClauseDraft.Category.FAREWELL));
        }
        if (!out.isEmpty()) {
            return out;
        }
        for (ClauseDraft c : x.clauses) {
            if (c.category == ClauseDraft.Category.COUNT && c.toWord != null && text.contains(c.toWord)
                    && (text.contains("次") || text.toLowerCase(Locale.ROOT).contains("more than"))) {
                out.add(c);
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        if (LATE.matcher(text).find()) {
            Set<String> events = new HashSet<>();
            for (List<Lexicon.Entry> table : List.of(Lexicon.EVENTS_CN, Lexicon.EVENTS_EN)) {
                for (Lexicon.Entry e : table) {
                    if (e.pattern().matcher(text).find()) {
                        events.add(e.name());
                    }
                }
            }
            for (ClauseDraft c : timeLimits()) {
                if (events.contains(c.to)) {
                    out.add(c);
                }
            }
        }
        if (out.isEmpty() && FIELDS_WORD.matcher(text).find()) {
            out.addAll(of(ClauseDraft.Category.FIELDS));
        }
        return out;
    }

    private List<ClauseDraft> of(ClauseDraft.Category category) {
        return x.clauses.stream().filter(c -> c.category == category).toList();
    }

    // ------------------------------------------------------------------ KPIs of clause outcomes

    private void kpis() {
        for (ClauseDraft k : List.copyOf(x.clauses)) {
            if (k.category != ClauseDraft.Category.KPI || !"clause".equals(k.measure)) {
                continue;
            }
            Optional<ClauseDraft> target;
            if (k.measureWord != null && k.measureWord.matches("铃|ring")) {
                target = of(ClauseDraft.Category.RINGS).stream().findFirst();
            } else {
                String event = k.measureWord == null ? null : eventName(k.measureWord);
                Map<String, List<String>> among = k.among;
                target = timeLimits().stream().filter(c -> c.to.equals(event))
                        .filter(c -> !among.containsKey("kind") || among.get("kind").equals(c.appliesTo.get("kind")))
                        .findFirst()
                        .or(() -> timeLimits().stream().filter(c -> c.to.equals(event)).findFirst());
            }
            if (target.isPresent()) {
                k.measureRef = target.get().id;
                k.among.clear();
                k.among.putAll(target.get().appliesTo);
            } else {
                k.measure = "attribute";
                k.measureRef = "on-time";
                k.measureEquals = "true";
                k.doubt(Confidence.LOW, "no drafted clause for '" + k.measureWord + "': counted from attribute 'on-time'");
            }
        }
    }

    // ------------------------------------------------------------------ scoring

    private void scoring() {
        Extraction.ScoringFound s = x.scoring;
        if (s.weights.isEmpty()) {
            if (!s.grades.isEmpty()) {
                s.sources.forEach(q -> x.unplace(q, "grades without a weighted scoring table"));
                s.grades.clear();
            }
            return;
        }
        BigDecimal sum = s.weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal base = s.base == null ? BigDecimal.valueOf(100) : s.base;
        if (sum.compareTo(base) != 0) {
            StringBuilder found = new StringBuilder();
            s.weights.forEach((k, v) -> found.append(found.length() == 0 ? "" : ", ").append(s.words.get(k)).append(' ')
                    .append(v.toPlainString()));
            s.sources.forEach(q -> x.unplace(q, "scoring weights (" + found + ") sum to " + sum.toPlainString()
                    + ", not to the base " + base.toPlainString() + ": the format needs them equal"));
            s.weights.clear();
            s.grades.clear();
            return;
        }
        s.base = base;
        List<Object[]> grades = new ArrayList<>(s.grades);
        grades.sort(Comparator.comparing((Object[] g) -> g[0] == null ? BigDecimal.valueOf(-1) : (BigDecimal) g[0]).reversed());
        boolean ok = true;
        for (int i = 0; i < grades.size(); i++) {
            boolean last = i == grades.size() - 1;
            if (grades.get(i)[0] == null && !last) {
                ok = false;
            }
            if (i > 0 && grades.get(i)[0] != null && ((BigDecimal) grades.get(i)[0]).compareTo((BigDecimal) grades.get(i - 1)[0]) >= 0) {
                ok = false;
            }
        }
        if (!ok) {
            x.unplace(s.sources.get(s.sources.size() - 1), "grades that do not fall strictly from best to worst");
            grades.clear();
        }
        s.grades.clear();
        s.grades.addAll(grades);
        for (ClauseDraft c : x.clauses) {
            String dimension = switch (c.category) {
                case TIME_LIMIT, RINGS -> "responsiveness";
                case FORBIDDEN, GREETING, FAREWELL -> "quality";
                case FIELDS -> "reliability";
                case COUNT -> "satisfaction";
                case KPI -> null;
            };
            if (dimension != null && s.weights.containsKey(dimension)) {
                c.dimension = dimension;
            }
        }
    }
}
