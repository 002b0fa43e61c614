package dev.servicestandards.draft.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.servicestandards.model.TimeAllowance;
import dev.servicestandards.draft.api.Confidence;

/** The rules for sentences without Chinese characters: the same kinds of requirement, in English. */
final class EnglishRules {

    static final String N = Numbers.EN;
    private static final int I = Pattern.CASE_INSENSITIVE;

    static final Pattern DESCRIPTIVE = Pattern.compile("\\b(survey(ed)?|statistics|data show|research|in (19|20)\\d{2}|last year|increased by|decreased by|up from|down from)\\b", I);
    static final Pattern EXAMPLE = Pattern.compile("\\b(for example|e\\.g\\.|for instance|such as)\\b", I);
    static final Pattern LIMIT_BEFORE = Pattern.compile("(within|no later than|not later than|not exceed(?:ing)?|no more than|not more than|at most|in under|under|inside|before)\\s+(?:the\\s+)?$", I);
    static final Pattern SERVICE_HOURS = Pattern.compile("24\\s*/\\s*7|24 hours a day|around the clock|24-hour (service|hotline|line)", I);
    static final Pattern ANCHOR = Pattern.compile("\\b(from|after|of|since|following)\\s+(?:the\\s+)?(?:customer'?s?\\s+)?(receipt|receiving|reporting|report|logging|the moment|the time|acknowledg\\w*|accept\\w*|dispatch\\w*|arriv\\w*|restor\\w*|resolv\\w*|it is (?:received|logged|reported|raised|acknowledged|accepted))", I);
    static final Pattern QUOTE = Pattern.compile("“([^”]{1,60})”|\"([^\"]{1,60})\"|(?<=\\s|^)'([^']{2,60}?)'(?=[\\s,.;:]|$)");
    static final Pattern PHRASE_CONTEXT = Pattern.compile("\\b(never say|must not say|shall not say|must never use|must not use|shall not use|never use|prohibited (phrases|expressions|words)|forbidden (phrases|expressions|words)|banned (phrases|expressions))\\b", I);
    static final Pattern GREETING_CONTEXT = Pattern.compile("\\b(greet\\w*|open\\w*|begin\\w*|start\\w*|first words?)\\b", I);
    static final Pattern FAREWELL_CONTEXT = Pattern.compile("\\b(close\\w*|clos\\w*|end\\w*|finish\\w*|sign(s)? off|farewell|last words?)\\b", I);
    static final Pattern RINGS = Pattern.compile("\\b(?:within|in|no more than|at most|not more than)\\s+" + N + "\\s+rings?\\b|\\bbefore the\\s+(\\w+)\\s+ring\\b", I);
    static final Pattern COUNT = Pattern.compile("\\b(no more than|not more than|at most|a maximum of|up to|not exceed\\w*|at least|no fewer than|a minimum of)\\s+" + N + "\\s+([a-z-]+(?: [a-z-]+)?)", I);
    static final Pattern FIELDS = Pattern.compile("\\b(?:record|records|log|logs|capture|captures|note|notes|contain|contains|show|shows)\\s+(?:the\\s+|its\\s+)?((?:[a-z' -]{2,30}?,\\s*)+(?:and\\s+)?(?:the\\s+|its\\s+)?[a-z' -]{2,60}?)(?=[.;]|$)", I);
    static final Pattern RECORD_CONTEXT = Pattern.compile("\\b(ticket|record|log|case|work order|job sheet|job card|form)s?\\b", I);
    static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(%|per ?cent)", I);
    static final Pattern AT_LEAST = Pattern.compile("(at least|no less than|not less than|above|over|minimum of|of|reach(?:es)?|achieve\\w*|is|be|stay at)\\s*$", I);
    static final Pattern AT_MOST = Pattern.compile("(at most|no more than|not more than|below|under|not exceed(?:ing)?|maximum of|less than|kept under|kept below)\\s*$", I);
    static final Pattern AT_LEAST_AFTER = Pattern.compile("^\\s*(or (more|higher|above|better)|and above|or over)", I);
    static final Pattern AT_MOST_AFTER = Pattern.compile("^\\s*(or (less|lower|below|fewer)|and below)", I);
    static final Pattern ON_TIME = Pattern.compile("\\b([a-z]+)\\s+on[- ]time\\b|\\bon[- ]time\\s+([a-z]+)", I);
    static final Pattern RINGS_RATE = Pattern.compile("\\b(answered|calls answered) (within|in) " + N + " rings\\b", I);
    static final Pattern AVERAGE = Pattern.compile("\\baverage (?:customer )?satisfaction (?:score|rating)? ?(?:of )?(?:at least|no less than|not below)\\s+(\\d+(?:\\.\\d+)?)", I);
    static final Pattern ESCALATION = Pattern.compile("\\b(escalat\\w*|report\\w* to|referred to|refer\\w* to|passed to|notif\\w*|remind\\w*)\\b", I);
    static final Pattern TIMING_OVER = Pattern.compile("\\b" + N + "[- ](hours?|minutes?|working days?|days?)\\s+(?:overdue|late|after the deadline|past the deadline|beyond the deadline|after it is due)", I);
    static final Pattern TIMING_AT = Pattern.compile("\\b(when the deadline passes|once the deadline passes|as soon as it is overdue|at the deadline|when overdue|once overdue|is overdue|are overdue|becomes overdue|misses the deadline|miss the deadline)\\b", I);
    static final Pattern TIMING_PERCENT = Pattern.compile("\\b(\\d+(?:\\.\\d+)?)\\s*%\\s+of the (?:allowed|permitted|available) time|\\bhalf(?:way)? (?:of )?the (?:allowed )?time", I);
    static final Pattern TO_ALL = Pattern.compile("\\b(any|all|each|every) (of the )?(above|time limits?|limits? above|deadlines?)\\b", I);
    static final Pattern POINTS = Pattern.compile("\\b(?:deduct\\w*|lose|loses|minus|costs?)\\s+" + N + "\\s+points?\\b|\\b" + N + "\\s+points? (?:are |is )?(?:deducted|lost|taken off)", I);
    static final Pattern AMOUNT = Pattern.compile("\\b(?:fine|penalty) of (?:CNY|RMB|¥)\\s?(\\d+(?:\\.\\d+)?)|\\b(?:CNY|RMB|¥)\\s?(\\d+(?:\\.\\d+)?) (?:fine|penalty)|\\b(\\d+(?:\\.\\d+)?) yuan\\b", I);
    static final Pattern PER_OCCURRENCE = Pattern.compile("\\bper (occurrence|instance|use|phrase|time)\\b|\\beach (time|occurrence|use)\\b", I);
    static final Pattern PER_FACT = Pattern.compile("\\bper (ticket|case|call|record|order)\\b", I);
    static final Pattern MAX = Pattern.compile("\\b(?:up to|at most|a maximum of|capped at|no more than)\\s+" + N + "\\s+points?\\b", I);
    static final Pattern SCORING_CONTEXT = Pattern.compile("\\b(scor\\w*|weight\\w*|points|assessment|rating)\\b", I);
    static final Pattern WEIGHT_PAIR = Pattern.compile("\\b([A-Z][a-z]+(?: [a-z]+){0,2})\\s*(?:[:\\-–(]|\\bis\\b|\\bcounts?\\b)?\\s*(\\d+)\\s*(points|%|per ?cent)", 0);
    static final Pattern WEIGHT_ROW = Pattern.compile("^([A-Za-z ]{2,30}?)\\s*\\|\\s*(\\d+)\\s*(points|%)?\\s*(\\|.*)?$", I);
    static final Pattern BASE = Pattern.compile("\\b(?:out of|total of|maximum of|full marks? (?:of|is|are))\\s+(\\d+)(?: points)?", I);
    static final String GRADE = "(Excellent|Very good|Good|Satisfactory|Pass|Fail|Poor|Unsatisfactory|Acceptable|Needs improvement)";
    static final Pattern GRADE_ABOVE = Pattern.compile("(\\d+)\\s*(?:points )?(?:or (?:above|more|higher)|and above|\\+)\\s*(?:[:=–-]|is|are|means|earns)?\\s*(?:rated )?" + GRADE, I);
    static final Pattern GRADE_RANGE = Pattern.compile("(\\d+)\\s*(?:[-–]|to)\\s*(\\d+)\\s*(?:points )?(?:[:=–-]|is|are|means|earns)?\\s*(?:rated )?" + GRADE, I);
    static final Pattern GRADE_BELOW = Pattern.compile("(?:below|under|less than)\\s+(\\d+)\\s*(?:points )?(?:[:=–-]|is|are|means|earns)?\\s*(?:rated )?" + GRADE, I);
    static final Pattern PROHIBITION = Pattern.compile("\\b(must not|shall not|never|prohibited|forbidden|not allowed)\\b", I);

    private final Extraction x;
    private final String title;

    EnglishRules(Extraction x, String title) {
        this.x = x;
        this.title = title;
    }

    void apply(Sentence s) {
        if (DESCRIPTIVE.matcher(s.norm()).find()) {
            x.markDescriptive(s);
            return;
        }
        if (s.kind() == Sentence.Kind.HEADING && PHRASE_CONTEXT.matcher(s.norm()).find() && !QUOTE.matcher(s.norm()).find()) {
            x.useAll(s);
            return;
        }
        forbiddenPhrases(s);
        requiredPhrases(s);
        requiredFields(s);
        scoring(s);
        grades(s);
        escalation(s);
        penalties(s);
        rings(s);
        timeLimits(s);
        counts(s);
        kpis(s);
    }

    private Optional<Lexicon.Hit> subject(Sentence s, String local, boolean channelOnly) {
        List<Lexicon.Entry> table = channelOnly
                ? Lexicon.SUBJECTS_EN.stream().filter(e -> e.verb().equals("interaction")).toList()
                : Lexicon.SUBJECTS_EN;
        for (String text : new String[] {local, s.norm(), s.intro(), s.section(), title}) {
            Optional<Lexicon.Hit> hit = Lexicon.first(table, text);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    private static String cut(String norm, int start, int end) {
        return norm.substring(Math.max(0, start), Math.min(norm.length(), end));
    }

    /** The clause-sized part of an English sentence: between commas, semicolons, " and " and " while ". */
    private static int[] part(String norm, int offset) {
        int[] p = Extraction.part(norm, offset);
        String before = norm.substring(p[0], offset);
        Matcher and = Pattern.compile("\\b(and|while|but|or)\\s+(?=\\w+\\s+(?:must|shall|should|within|no later))", I).matcher(before);
        while (and.find()) {
            p[0] = p[0] + and.end();
        }
        return p;
    }

    private static String titleOf(String text) {
        String t = Segmenter.ENUMERATOR.matcher(text.strip()).replaceFirst("").replaceAll("^(and|but|while)\\s+", "")
                .replaceAll("[.;,]+$", "");
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private void timeLimits(Sentence s) {
        String norm = s.norm();
        for (Durations.Found d : Durations.english(norm)) {
            if (x.isUsed(s, d.start(), d.end())) {
                continue;
            }
            int[] part = part(norm, d.start());
            String pre = cut(norm, part[0], d.start());
            String post = cut(norm, d.end(), part[1]);
            if (SERVICE_HOURS.matcher(cut(norm, Math.max(0, d.start() - 8), Math.min(norm.length(), d.end() + 12))).find()) {
                x.unplace(s, part[0], part[1], "opening hours of a service, not a time limit: the format has no clause for them");
                continue;
            }
            boolean limit = LIMIT_BEFORE.matcher(pre).find()
                    || Pattern.compile("^[- ]?(deadline|limit|window|target)\\b", I).matcher(post).find();
            if (!limit) {
                continue;
            }
            if (d.allowance().isEmpty()) {
                x.unplace(s, part[0], part[1], d.reason());
                continue;
            }
            Matcher anchorM = ANCHOR.matcher(norm);
            String anchor = null;
            int anchorStart = -1;
            int anchorEnd = -1;
            while (anchorM.find()) {
                if (anchorM.start() >= part[0] && anchorM.start() <= part[1]) {
                    anchor = anchorM.group(2);
                    anchorStart = anchorM.start();
                    anchorEnd = anchorM.end();
                    break;
                }
            }
            String eventSearch = pre + " " + post;
            if (anchor != null) {
                eventSearch = (cut(norm, part[0], anchorStart) + " " + cut(norm, anchorEnd, part[1])).replace(cut(norm, d.start(), d.end()), " ");
            }
            Optional<Lexicon.Hit> event = Lexicon.last(Lexicon.EVENTS_EN, cut(norm, part[0], d.start()).replace(anchor == null ? "\u0000" : cut(norm, anchorStart, anchorEnd), " "));
            if (event.isEmpty()) {
                event = Lexicon.earliest(Lexicon.EVENTS_EN, eventSearch);
            }
            ClauseDraft c = new ClauseDraft(ClauseDraft.Category.TIME_LIMIT, "time-limit", s);
            boolean wait = Pattern.compile("\\b(wait\\w*|queue\\w*)\\b", I).matcher(pre).find();
            if (event.isEmpty() && !wait) {
                x.unplace(s, part[0], part[1], "a time limit on an event the drafter does not know: name the event and add the clause by hand");
                continue;
            }
            String to = event.map(Lexicon.Hit::name).orElse("served");
            String from;
            if (anchor != null) {
                from = Lexicon.first(Lexicon.STARTS_EN, anchor).map(Lexicon.Hit::name).orElse("created");
            } else if (wait) {
                from = "queued";
            } else {
                boolean call = Pattern.compile("\\b(call|calls|phone)\\b", I).matcher(norm).find() && to.equals("answered");
                from = call ? "offered" : "created";
                c.doubt(Confidence.MEDIUM, "start event assumed: '" + from + "' (the sentence names none)");
            }
            if (from.equals(to)) {
                x.unplace(s, part[0], part[1], "the start and the stop are the same event");
                continue;
            }
            boolean interaction = from.equals("offered") || from.equals("queued");
            if (interaction) {
                ChineseRules.selectInteraction(c, subject(s, pre, true), from.equals("offered") ? "hotline" : "counter");
            } else {
                ChineseRules.selectTicket(c, subject(s, pre + " " + post, false));
            }
            c.from = from;
            c.to = to;
            c.toWord = event.map(Lexicon.Hit::word).orElse("wait");
            c.within = d.allowance().get();
            c.workdays = d.days();
            c.idHint = ChineseRules.idPrefix(c.subject) + "." + event.map(h -> h.entry().verb()).orElse("wait");
            c.title = titleOf(cut(norm, part[0], part[1]));
            if (EXAMPLE.matcher(norm).find()) {
                c.doubt(Confidence.LOW, "the document gives this as an example, not as a rule");
            }
            x.clauses.add(c);
            x.use(s, d.start(), d.end());
        }
    }

    private static List<String> quoted(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    out.add(m.group(g).strip().replaceAll("[,.]+$", ""));
                }
            }
        }
        return out;
    }

    /** The quotes of a sentence that come after its prohibition ("never use"), and those listed with them. */
    static List<String> forbiddenQuotes(String norm) {
        List<String> out = new ArrayList<>();
        Matcher context = PHRASE_CONTEXT.matcher(norm);
        if (!context.find()) {
            return out;
        }
        int from = context.start();
        Matcher q = QUOTE.matcher(norm);
        while (q.find()) {
            if (q.start() >= from) {
                out.addAll(quoted(q.group()));
            }
        }
        return out;
    }

    private void forbiddenPhrases(Sentence s) {
        String norm = s.norm();
        List<String> phrases = new ArrayList<>();
        if (PHRASE_CONTEXT.matcher(norm).find()) {
            phrases.addAll(forbiddenQuotes(norm));
        } else if (s.kind() == Sentence.Kind.ITEM && PHRASE_CONTEXT.matcher(s.intro()).find()) {
            List<String> q = quoted(norm);
            if (!q.isEmpty()) {
                phrases.addAll(q);
            } else {
                String item = Segmenter.ENUMERATOR.matcher(norm).replaceFirst("").replaceAll("[.!?]+$", "").strip();
                if (item.length() <= 40) {
                    phrases.add(item);
                }
            }
        }
        phrases.removeIf(String::isBlank);
        if (phrases.isEmpty()) {
            return;
        }
        ClauseDraft c = new ClauseDraft(ClauseDraft.Category.FORBIDDEN, "forbidden-phrases", s);
        ChineseRules.selectInteraction(c, subject(s, "", true), null);
        c.phrases.addAll(phrases);
        c.idHint = ChineseRules.idPrefix(c.subject) + ".forbidden-phrases";
        c.title = "Forbidden phrases";
        x.clauses.add(c);
        x.use(s, 0, s.norm().length());
    }

    private void requiredPhrases(Sentence s) {
        String norm = s.norm();
        Matcher prohibition = PHRASE_CONTEXT.matcher(norm);
        if (prohibition.find()) {
            // only the part before the prohibition can ask for a phrase
            norm = norm.substring(0, prohibition.start());
        }
        List<String> quotes = quoted(norm);
        if (quotes.isEmpty()) {
            return;
        }
        Matcher greet = GREETING_CONTEXT.matcher(norm);
        Matcher close = FAREWELL_CONTEXT.matcher(norm);
        boolean g = greet.find();
        boolean f = close.find();
        if (!g && !f) {
            return;
        }
        // with both in one sentence, quotes before the closing word are the greeting
        List<String> greeting = new ArrayList<>();
        List<String> farewell = new ArrayList<>();
        Matcher q = QUOTE.matcher(norm);
        while (q.find()) {
            String text = quoted(q.group()).get(0);
            if (g && (!f || q.start() < close.start() || close.start() < greet.start() && q.start() > greet.start())) {
                greeting.add(text);
            } else if (f) {
                farewell.add(text);
            }
        }
        add(s, greeting, "first", "greeting", ClauseDraft.Category.GREETING, "Greeting");
        add(s, farewell, "last", "farewell", ClauseDraft.Category.FAREWELL, "Closing words");
        if (!greeting.isEmpty() || !farewell.isEmpty()) {
            x.use(s, 0, norm.length());
        }
    }

    private void add(Sentence s, List<String> anyOf, String position, String name, ClauseDraft.Category category, String titleWord) {
        if (anyOf.isEmpty()) {
            return;
        }
        ClauseDraft c = new ClauseDraft(category, "required-phrase", s);
        ChineseRules.selectInteraction(c, subject(s, s.norm(), true), null);
        c.phrases.addAll(anyOf);
        c.position = position;
        c.idHint = ChineseRules.idPrefix(c.subject) + "." + name;
        c.title = titleWord + " \"" + String.join("\" or \"", anyOf) + "\"";
        x.clauses.add(c);
    }

    private void requiredFields(Sentence s) {
        String norm = s.norm();
        if (!RECORD_CONTEXT.matcher(norm).find()) {
            return;
        }
        Matcher m = FIELDS.matcher(norm);
        if (!m.find()) {
            return;
        }
        List<String> fields = new ArrayList<>();
        for (String w : m.group(1).split(",\\s*(?:and\\s+)?|\\s+and\\s+")) {
            String f = Lexicon.kebab(w);
            if (!f.isEmpty() && !fields.contains(f)) {
                fields.add(f);
            }
        }
        if (fields.size() < 2) {
            return;
        }
        ClauseDraft c = new ClauseDraft(ClauseDraft.Category.FIELDS, "required-fields", s);
        ChineseRules.selectTicket(c, subject(s, norm, false));
        c.fields.addAll(fields);
        c.idHint = ChineseRules.idPrefix(c.subject) + ".record-complete";
        c.title = titleOf(norm);
        x.clauses.add(c);
        x.use(s, m.start(), m.end());
    }

    private void rings(Sentence s) {
        String norm = s.norm();
        Matcher m = RINGS.matcher(norm);
        if (!m.find() || PERCENT.matcher(norm).find()) {
            return;   // a share of calls answered within N rings is a KPI
        }
        Optional<BigDecimal> n;
        if (m.group(1) != null) {
            n = Numbers.english(m.group(1));
        } else {
            String ordinal = m.group(2).toLowerCase(Locale.ROOT);
            int value = switch (ordinal) {
                case "second", "2nd" -> 1;
                case "third", "3rd" -> 2;
                case "fourth", "4th" -> 3;
                case "fifth", "5th" -> 4;
                case "sixth", "6th" -> 5;
                default -> 0;
            };
            n = value == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(value));
        }
        if (n.isEmpty()) {
            return;
        }
        ClauseDraft c = new ClauseDraft(ClauseDraft.Category.RINGS, "limit", s);
        ChineseRules.selectInteraction(c, subject(s, norm, true), "hotline");
        c.attribute = "rings";
        c.bound = "at-most";
        c.value = n.get();
        c.toWord = "ring";
        c.idHint = ChineseRules.idPrefix(c.subject) + ".rings";
        int[] part = part(norm, m.start());
        c.title = titleOf(cut(norm, part[0], part[1]));
        x.clauses.add(c);
        x.use(s, part[0], part[1]);
    }

    private void counts(Sentence s) {
        String norm = s.norm();
        Matcher m = COUNT.matcher(norm);
        while (m.find()) {
            if (x.isUsed(s, m.start(), m.end())) {
                continue;
            }
            Optional<Lexicon.Hit> attr = Lexicon.first(Lexicon.COUNTS_EN, m.group(3));
            Optional<BigDecimal> n = Numbers.english(m.group(2));
            if (attr.isEmpty() || n.isEmpty()) {
                continue;
            }
            int[] part = part(norm, m.start());
            ClauseDraft c = new ClauseDraft(ClauseDraft.Category.COUNT, "limit", s);
            ChineseRules.selectTicket(c, subject(s, cut(norm, part[0], part[1]), false));
            c.attribute = attr.get().name();
            c.toWord = attr.get().word();
            String lower = m.group(1).toLowerCase(Locale.ROOT);
            c.bound = lower.startsWith("at least") || lower.startsWith("no fewer") || lower.startsWith("a minimum") ? "at-least" : "at-most";
            c.value = n.get();
            c.idHint = ChineseRules.idPrefix(c.subject) + "." + attr.get().entry().verb();
            c.title = titleOf(cut(norm, part[0], part[1]));
            x.clauses.add(c);
            x.use(s, part[0], part[1]);
        }
    }

    private void kpis(Sentence s) {
        String norm = s.norm();
        Matcher m = PERCENT.matcher(norm);
        while (m.find()) {
            if (x.isUsed(s, m.start(), m.end())) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group(1));
            if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
                continue;
            }
            int[] part = part(norm, m.start());
            String pre = cut(norm, part[0], m.start());
            String post = cut(norm, m.end(), part[1]);
            String bound = null;
            if (AT_MOST.matcher(pre).find() || AT_MOST_AFTER.matcher(post).find()) {
                bound = "at-most";
            } else if (AT_LEAST.matcher(pre).find() || AT_LEAST_AFTER.matcher(post).find()) {
                bound = "at-least";
            }
            ClauseDraft c = new ClauseDraft(ClauseDraft.Category.KPI, "kpi", s);
            Matcher rings = RINGS_RATE.matcher(cut(norm, part[0], part[1]));
            Matcher onTime = ON_TIME.matcher(pre);
            Optional<Lexicon.Hit> measure = Lexicon.lastLongest(Lexicon.MEASURES_EN, pre);
            if (rings.find()) {
                c.measure = "clause";
                c.measureWord = "ring";
                c.idHint = "kpi.answered-in-rings";
            } else if (onTime.find()) {
                String verb = onTime.group(1) != null ? onTime.group(1) : onTime.group(2);
                Optional<Lexicon.Hit> event = Lexicon.first(Lexicon.EVENTS_EN, verb);
                c.measure = "clause";
                c.measureWord = event.map(Lexicon.Hit::name).orElse(null);
                c.idHint = "kpi." + event.map(h -> h.entry().verb()).orElse("on-time") + "-on-time";
                if (event.isEmpty()) {
                    c.measure = "attribute";
                    c.measureRef = "on-time";
                    c.measureEquals = "true";
                    c.doubt(Confidence.LOW, "'" + onTime.group() + "' names no time limit: counted from attribute 'on-time'");
                }
            } else if (measure.isPresent()) {
                c.measure = "attribute";
                c.measureRef = measure.get().name();
                c.measureEquals = "true";
                c.idHint = "kpi." + measure.get().entry().verb();
                if (bound == null && measure.get().name().matches("abandoned|error")) {
                    bound = "at-most";
                }
            } else {
                x.unplace(s, part[0], part[1], "a percentage with no rate the drafter recognizes");
                continue;
            }
            if (bound == null) {
                x.unplace(s, part[0], part[1], "a rate with no bound (at least, no more than, or above/below)");
                continue;
            }
            c.bound = bound;
            c.target = value.stripTrailingZeros().toPlainString() + "%";
            if (c.measureRef != null && c.measureRef.equals("abandoned")) {
                c.among.put("type", List.of("interaction"));
                c.among.put("channel", List.of("hotline"));
            } else {
                c.among.put("type", List.of("ticket"));
                subject(s, pre, false).filter(h -> h.entry().verb().equals("ticket"))
                        .ifPresent(h -> c.among.put("kind", List.of(h.name())));
            }
            String lower = norm.toLowerCase(Locale.ROOT);
            if (lower.matches(".*\\b(month|monthly)\\b.*")) {
                c.period = "month";
            } else if (lower.matches(".*\\b(quarter|quarterly)\\b.*")) {
                c.period = "quarter";
            } else if (lower.matches(".*\\b(year|yearly|annual|annually)\\b.*")) {
                c.period = "year";
            } else if (lower.matches(".*\\b(week|weekly)\\b.*")) {
                c.period = "week";
            }
            if (lower.matches(".*\\b(each|every|per) (agent|advisor|adviser|representative|employee)\\b.*")) {
                c.groupBy = "agent";
            } else if (lower.matches(".*\\b(each|every|per) (store|site|branch)\\b.*")) {
                c.groupBy = "site";
            } else if (lower.matches(".*\\b(each|every|per) team\\b.*")) {
                c.groupBy = "team";
            }
            c.title = titleOf(cut(norm, part[0], part[1]));
            x.clauses.add(c);
            x.use(s, part[0], part[1]);
        }
        Matcher avg = AVERAGE.matcher(norm);
        if (avg.find() && !x.isUsed(s, avg.start(), avg.end())) {
            ClauseDraft c = new ClauseDraft(ClauseDraft.Category.KPI, "kpi", s);
            c.measure = "average";
            c.measureRef = "satisfaction";
            c.bound = "at-least";
            c.target = new BigDecimal(avg.group(1)).stripTrailingZeros().toPlainString();
            c.idHint = "kpi.satisfaction-score";
            c.among.put("type", List.of("ticket"));
            c.title = titleOf(avg.group());
            x.clauses.add(c);
            x.use(s, avg.start(), avg.end());
        }
    }

    private void escalation(Sentence s) {
        String norm = s.norm();
        if (!ESCALATION.matcher(norm).find()) {
            return;
        }
        List<Lexicon.Hit> tiers = new ArrayList<>();
        for (Lexicon.Entry e : Lexicon.TIERS_EN) {
            Matcher m = e.pattern().matcher(norm);
            while (m.find()) {
                int start = m.start();
                if (tiers.stream().noneMatch(t -> t.start() <= start && start < t.end())) {
                    tiers.add(new Lexicon.Hit(e, m.start(), m.end(), m.group()));
                }
            }
        }
        if (tiers.isEmpty()) {
            return;
        }
        tiers.sort(java.util.Comparator.comparingInt(Lexicon.Hit::start));
        List<ClauseDraft.Tier> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int previous = 0;
        for (int i = 0; i < tiers.size(); i++) {
            Lexicon.Hit tier = tiers.get(i);
            int next = i + 1 < tiers.size() ? tiers.get(i + 1).start() : norm.length();
            int[] part = Extraction.part(norm, tier.start());
            // English puts the time after the level ("to the branch after 24 hours overdue") or before it
            ClauseDraft.Tier found = timing(cut(norm, tier.end(), Math.min(next, part[1])), tier.name());
            if (found == null) {
                found = timing(cut(norm, previous, tier.start()), tier.name());
            }
            if (found == null) {
                missing.add(tier.word());
            } else {
                ClauseDraft.Tier f = found;
                if (out.stream().noneMatch(t -> t.tier().equals(f.tier()))) {
                    out.add(f);
                }
            }
            previous = tier.end();
        }
        if (out.isEmpty()) {
            x.unplace(s, "escalation levels without the time at which each is reached: the format needs one per tier");
            return;
        }
        List<String> words = new ArrayList<>();
        for (Lexicon.Entry e : Lexicon.EVENTS_EN) {
            Matcher ev = e.pattern().matcher(norm);
            while (ev.find()) {
                words.add(e.name());
            }
        }
        x.escalations.add(new Extraction.Escalation(s, out, words, TO_ALL.matcher(norm).find()));
        Matcher over = TIMING_OVER.matcher(norm);
        while (over.find()) {
            x.use(s, over.start(), over.end());
        }
        for (Lexicon.Hit t : tiers) {
            x.use(s, t.start(), t.end());
        }
        if (!missing.isEmpty()) {
            x.unplace(s, "no time stated for escalation level(s) " + String.join(", ", missing));
        }
    }

    private static ClauseDraft.Tier timing(String window, String tier) {
        Matcher over = TIMING_OVER.matcher(window);
        if (over.find()) {
            List<Durations.Found> d = Durations.english(over.group());
            if (!d.isEmpty() && d.get(0).allowance().isPresent()) {
                Duration offset = ChineseRules.offset(d.get(0).allowance().get());
                return new ClauseDraft.Tier("100% + " + new TimeAllowance.Time(offset), tier, BigDecimal.valueOf(100), offset);
            }
        }
        Matcher pct = TIMING_PERCENT.matcher(window);
        if (pct.find()) {
            BigDecimal p = pct.group(1) != null ? new BigDecimal(pct.group(1)) : BigDecimal.valueOf(50);
            return new ClauseDraft.Tier(p.stripTrailingZeros().toPlainString() + "%", tier, p, Duration.ZERO);
        }
        if (TIMING_AT.matcher(window).find()) {
            return new ClauseDraft.Tier("100%", tier, BigDecimal.valueOf(100), Duration.ZERO);
        }
        return null;
    }

    private void penalties(Sentence s) {
        String norm = s.norm();
        Matcher points = POINTS.matcher(norm);
        Matcher amount = AMOUNT.matcher(norm);
        boolean hasPoints = points.find();
        boolean hasAmount = amount.find();
        if (!hasPoints && !hasAmount) {
            return;
        }
        ClauseDraft.Penalty p = new ClauseDraft.Penalty();
        p.source = s.quote();
        StringBuilder rest = new StringBuilder(norm);
        if (hasPoints) {
            String n = points.group(1) != null ? points.group(1) : points.group(2);
            p.points = Numbers.english(n).orElse(null);
            x.use(s, points.start(), points.end());
            Text.blank(rest, points.start(), points.end());
        }
        if (hasAmount) {
            String n = amount.group(1) != null ? amount.group(1) : amount.group(2) != null ? amount.group(2) : amount.group(3);
            p.amount = new BigDecimal(n);
            x.use(s, amount.start(), amount.end());
            Text.blank(rest, amount.start(), amount.end());
            if (p.points == null) {
                p.points = BigDecimal.ZERO;
            }
        }
        if (p.points == null) {
            return;
        }
        if (PER_FACT.matcher(norm).find() && !PER_OCCURRENCE.matcher(norm).find()) {
            p.per = "fact";
        }
        Matcher max = MAX.matcher(norm);
        if (max.find()) {
            p.max = Numbers.english(max.group(1)).orElse(null);
            x.use(s, max.start(), max.end());
            Text.blank(rest, max.start(), max.end());
        }
        x.penalties.add(new Extraction.PenaltyFound(s, p, rest.toString()));
    }

    private void scoring(Sentence s) {
        String norm = s.norm();
        if (!SCORING_CONTEXT.matcher(norm + " " + s.section() + " " + s.intro()).find()) {
            return;
        }
        Matcher base = BASE.matcher(norm);
        if (base.find()) {
            x.scoring.base = new BigDecimal(base.group(1));
            x.use(s, base.start(), base.end());
        }
        if (s.kind() == Sentence.Kind.TABLE_ROW) {
            Matcher row = WEIGHT_ROW.matcher(norm);
            if (row.matches()) {
                String name = row.group(1).strip();
                BigDecimal w = new BigDecimal(row.group(2));
                if (name.matches("(?i).*(total|sum).*")) {
                    x.scoring.base = w;
                } else if (!name.matches("(?i).*(weight|dimension|area|criterion|points).*")) {
                    weight(s, name, w);
                }
                x.useAll(s);
            }
            return;
        }
        if (POINTS.matcher(norm).find()) {
            return;
        }
        Matcher m = WEIGHT_PAIR.matcher(norm);
        while (m.find()) {
            String name = m.group(1).strip();
            if (name.matches("(?i)(total|up|out|maximum|full|a|the|each|every).*")) {
                continue;
            }
            weight(s, name, new BigDecimal(m.group(2)));
            x.use(s, m.start(), m.end());
        }
    }

    private void weight(Sentence s, String word, BigDecimal w) {
        String name = Lexicon.first(Lexicon.DIMENSIONS, word).map(Lexicon.Hit::name).orElse(Lexicon.kebab(word));
        if (x.scoring.weights.containsKey(name)) {
            name = Lexicon.kebab(word);
        }
        x.scoring.weights.put(name, w);
        x.scoring.words.put(name, word);
        if (!x.scoring.sources.contains(s.quote())) {
            x.scoring.sources.add(s.quote());
        }
        String context = s.norm() + " " + s.intro() + " " + s.section();
        if (context.matches("(?i).*\\b(store|site)s?\\b.*")) {
            x.scoring.groupBy = "site";
        } else if (context.matches("(?i).*\\bteams?\\b.*")) {
            x.scoring.groupBy = "team";
        }
    }

    private void grades(Sentence s) {
        String norm = s.norm();
        boolean any = false;
        Matcher range = GRADE_RANGE.matcher(norm);
        while (range.find()) {
            x.scoring.grades.add(new Object[] {new BigDecimal(range.group(1)), range.group(3)});
            x.use(s, range.start(), range.end());
            any = true;
        }
        Matcher above = GRADE_ABOVE.matcher(norm);
        while (above.find()) {
            if (x.isUsed(s, above.start(), above.end())) {
                continue;
            }
            x.scoring.grades.add(new Object[] {new BigDecimal(above.group(1)), above.group(2)});
            x.use(s, above.start(), above.end());
            any = true;
        }
        Matcher below = GRADE_BELOW.matcher(norm);
        while (below.find()) {
            if (x.isUsed(s, below.start(), below.end())) {
                continue;
            }
            x.scoring.grades.add(new Object[] {null, below.group(2)});
            x.use(s, below.start(), below.end());
            any = true;
        }
        if (any && !x.scoring.sources.contains(s.quote())) {
            x.scoring.sources.add(s.quote());
        }
    }
}
