package dev.servicestandards.internal.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.model.Severity;
import dev.servicestandards.api.Standard;
import dev.servicestandards.internal.i18n.Bundles;

/**
 * How reports written for people say things in one language: labels, outcomes, durations
 * ({@code 2 days 0 h 45 min}, {@code 48小时45分}), instants in the standard's zone
 * ({@code 2025-03-10 18:00 (Asia/Shanghai)}), limits, KPI values and targets, money, periods and
 * evidence. The JSON report does not use it: machines get ISO-8601. Not thread-safe: one per
 * report written. Internal.
 */
public final class ReportText {

    private static final String LABELS = "dev.servicestandards.internal.report.labels";
    private static final Pattern WORKING_DAYS = Pattern.compile("(\\d+) working days?");
    private static final Pattern DAYS = Pattern.compile("(\\d+) days?");
    private static final Pattern BOUND = Pattern.compile("(at-most|at-least) (\\S+)");
    /** A repeat clause's limit: {@code at-most 1 within PT168H}. */
    private static final Pattern BOUND_WITHIN = Pattern.compile("(at-most|at-least) (\\S+) within (.+)");

    private final Locale locale;
    private final ResourceBundle labels;
    private final ZoneId zone;
    private final List<Standard> standards;
    /** Parsed templates and argument-free labels: one ReportText serves one report, on one thread. */
    private final Map<String, MessageFormat> formats = new HashMap<>();
    private final Map<String, String> plain = new HashMap<>();
    private final Map<Currency, NumberFormat> currencies = new HashMap<>();

    public ReportText(Locale locale, ZoneId zone, List<Standard> standards) {
        this.locale = Bundles.supported(requireNonNull(locale, "locale"));
        this.labels = Bundles.bundle(LABELS, this.locale);
        this.zone = requireNonNull(zone, "zone");
        this.standards = List.copyOf(standards);
    }

    /** The language of the texts: {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ROOT} (English). */
    public Locale locale() {
        return locale;
    }

    /** The BCP 47 tag of the language: {@code zh-CN} or {@code en}. */
    public String languageTag() {
        return Bundles.isChinese(locale) ? "zh-CN" : "en";
    }

    public ZoneId zone() {
        return zone;
    }

    /** The label {@code key} with its arguments. */
    public String label(String key, Object... arguments) {
        if (arguments.length == 0) {
            // a report asks for the same few words on every row: parse each once
            return plain.computeIfAbsent(key, k -> Bundles.format(labels, k, locale));
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(labels.getString(k), locale));
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = Bundles.text(arguments[i], locale);
        }
        return format.format(texts);
    }

    public String outcome(Outcome outcome) {
        return label("outcome." + outcome.label());
    }

    public String severity(Severity severity) {
        return label("severity." + severity.label());
    }

    /**
     * A duration for people: from its largest unit that is not zero down to its smallest, zeros
     * between them kept ({@code 2 days 0 h 45 min}); Chinese counts hours, as Chinese standards
     * state their limits ({@code 48小时45分}). Zero is {@code 0 min}.
     */
    public String duration(Duration duration) {
        boolean negative = duration.isNegative();
        long seconds = Math.abs(duration.getSeconds());
        boolean days = label("duration.style").equals("days");
        long[] values = days
                ? new long[] {seconds / 86_400, seconds % 86_400 / 3600, seconds % 3600 / 60, seconds % 60}
                : new long[] {0, seconds / 3600, seconds % 3600 / 60, seconds % 60};
        int first = -1;
        int last = -1;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return label("duration.minutes", 0);
        }
        List<String> parts = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            parts.add(switch (i) {
                case 0 -> values[0] == 1 ? label("duration.day") : label("duration.days", values[0]);
                case 1 -> label("duration.hours", values[1]);
                case 2 -> label("duration.minutes", values[2]);
                default -> label("duration.seconds", values[3]);
            });
        }
        return (negative ? "-" : "") + String.join(label("duration.joiner"), parts);
    }

    /** An instant in the standard's zone, to the minute (to the second when it has seconds), naming the zone. */
    public String instant(Instant instant) {
        return label("instant", localDateTime(instant), zone.getId());
    }

    /** An instant as local date and time in the standard's zone: {@code 2025-03-10 18:00}. */
    public String localDateTime(Instant instant) {
        LocalDateTime local = local(instant);
        String text = local.toLocalDate() + " " + two(local.getHour()) + ":" + two(local.getMinute());
        return local.getSecond() == 0 && local.getNano() == 0 ? text : text + ":" + two(local.getSecond());
    }

    /** An instant as local date and time in the standard's zone. */
    public LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /**
     * A finding's limit as the report states it ({@code PT48H}, {@code 3 working days},
     * {@code at-most 3}) for people: {@code 2 days}, {@code 3个工作日}, {@code 不超过 3}.
     */
    public String limit(String limit) {
        Matcher m = WORKING_DAYS.matcher(limit);
        if (m.matches()) {
            return m.group(1).equals("1") ? label("limit.working-day") : label("limit.working-days", m.group(1));
        }
        m = DAYS.matcher(limit);
        if (m.matches()) {
            return m.group(1).equals("1") ? label("limit.day") : label("limit.days", m.group(1));
        }
        m = BOUND_WITHIN.matcher(limit);
        if (m.matches()) {
            return label(m.group(1).equals("at-most") ? "limit.at-most-within" : "limit.at-least-within", m.group(2),
                    limit(m.group(3)));
        }
        m = BOUND.matcher(limit);
        if (m.matches()) {
            return label(m.group(1).equals("at-most") ? "limit.at-most" : "limit.at-least", m.group(2));
        }
        if (limit.startsWith("PT") || limit.startsWith("P")) {
            try {
                return duration(Duration.parse(limit));
            } catch (java.time.format.DateTimeParseException e) {
                return limit;
            }
        }
        return limit;
    }

    /** The standard revision of this id and version, when the report's standards were given. */
    public Optional<Standard> standard(String id, String version) {
        return standards.stream().filter(s -> s.id().equals(id) && s.version().toString().equals(version)).findFirst();
    }

    /** The standards given, in the order given. */
    public List<Standard> standards() {
        return standards;
    }

    /** The title of a clause, when its standard is known and the clause has one. */
    public Optional<String> title(String standard, String version, String clause) {
        return standard(standard, version).flatMap(s -> s.clause(clause)).flatMap(Clause::title);
    }

    /** A standard's title, or its id. */
    public String standardName(String id, String version) {
        return standard(id, version).flatMap(Standard::title).orElse(id);
    }

    /** Whether a KPI measures a rate (printed as a percentage); false when its standard is unknown. */
    public boolean isRate(String standard, String version, String clause) {
        return standard(standard, version).flatMap(s -> s.clause(clause)).map(Clause::kind)
                .map(k -> k instanceof ClauseKind.Kpi kpi && (kpi.measure() instanceof ClauseKind.RateOfOutcome
                        || kpi.measure() instanceof ClauseKind.RateOfAttribute))
                .orElse(false);
    }

    /** A KPI's value: {@code 66.67%} for a rate, {@code 4.25} for a mean, {@code -} without a sample. */
    public String kpiValue(KpiResult k) {
        return k.value().map(v -> value(v, isRate(k.standard(), k.version(), k.clause()))).orElse(label("report.none"));
    }

    /** A KPI's target: {@code ≥ 90%}, {@code 不低于 90%}. */
    public String kpiTarget(KpiResult k) {
        Matcher m = BOUND.matcher(k.target());
        if (!m.matches()) {
            return k.target();
        }
        String value;
        try {
            value = value(new BigDecimal(m.group(2)), isRate(k.standard(), k.version(), k.clause()));
        } catch (NumberFormatException e) {
            value = m.group(2);
        }
        return label(m.group(1).equals("at-least") ? "target.at-least" : "target.at-most", value);
    }

    /** The change of a KPI value: {@code +5 pts} (percentage points) for a rate, {@code -0.25} for a mean. */
    public String kpiChange(String standard, String version, String clause, BigDecimal change) {
        if (isRate(standard, version, clause)) {
            BigDecimal points = change.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN);
            return label("change.points", signed(points));
        }
        return signed(ReportValues.rounded(change));
    }

    /** A change with its sign: {@code +3}, {@code -2.5}, {@code ±0}. */
    public static String signed(BigDecimal number) {
        String text = ReportValues.number(number);
        return number.signum() > 0 ? "+" + text : number.signum() == 0 ? "\u00b1" + text : text;
    }

    /** A whole change with its sign: {@code +3}, {@code -2}, {@code ±0}. */
    public static String signed(long number) {
        return signed(BigDecimal.valueOf(number));
    }

    private String value(BigDecimal value, boolean rate) {
        if (rate) {
            return label("percent", ReportValues.number(value.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN)));
        }
        return ReportValues.number(ReportValues.rounded(value));
    }

    /** Money in the language's way: {@code CN¥200.00}, {@code ¥200.00}; an unknown currency code follows the amount. */
    public String money(BigDecimal amount, Optional<String> currency) {
        if (currency.isPresent()) {
            try {
                Currency c = Currency.getInstance(currency.get());
                NumberFormat format = currencies.computeIfAbsent(c, k -> {
                    NumberFormat f = NumberFormat.getCurrencyInstance(Bundles.isChinese(locale) ? Locale.CHINA : Locale.ENGLISH);
                    f.setCurrency(k);
                    f.setMinimumFractionDigits(Math.max(k.getDefaultFractionDigits(), 0));
                    return f;
                });
                format.setMaximumFractionDigits(Math.max(c.getDefaultFractionDigits(), amount.stripTrailingZeros().scale()));
                return format.format(amount);
            } catch (IllegalArgumentException unknownCode) {
                return ReportValues.number(amount) + " " + currency.get();
            }
        }
        return ReportValues.number(amount);
    }

    /** A finding's money penalty, or {@code -}. */
    public String penalty(Finding f) {
        return f.penalty().filter(c -> c.amount().isPresent())
                .map(c -> money(c.amount().get(), c.currency())).orElse(label("report.none"));
    }

    /** A period label for people: {@code 2025-03} or {@code 2025年03月}; {@code all} or {@code 全部}. */
    public String period(String label) {
        if (label.equals("all")) {
            return label("period.all");
        }
        if (label.matches("\\d{4}-W\\d{2}")) {
            return label("period.week", label.substring(0, 4), label.substring(6));
        }
        if (label.matches("\\d{4}-\\d{2}")) {
            return label("period.month", label.substring(0, 4), label.substring(5));
        }
        if (label.matches("\\d{4}-Q\\d")) {
            return label("period.quarter", label.substring(0, 4), label.substring(6));
        }
        if (label.matches("\\d{4}")) {
            return label("period.year", label);
        }
        return label;
    }

    /** A group for people: the group-by value, or what {@code all} and {@code (none)} stand for. */
    public String group(String group) {
        return switch (group) {
            case "all" -> label("group.all");
            case "(none)" -> label("group.none");
            default -> group;
        };
    }

    /** One short line of evidence; time-limits show theirs in the deadline columns. */
    public String evidence(Finding f) {
        var e = f.evidence();
        if (e.containsKey("phrase") && e.containsKey("text")) {
            return label("evidence.phrase", e.get("utterance"), e.get("start"), e.get("end"), e.get("text"));
        }
        if (e.containsKey("pattern")) {
            return label("evidence.pattern", e.get("utterance"), e.get("start"), e.get("end"), e.get("text"),
                    e.get("pattern"));
        }
        if (e.containsKey("expected")) {
            return e.containsKey("utterance") ? label("evidence.lacks", e.get("utterance"), list(e.get("expected")))
                    : label("evidence.no-utterance", e.get("speaker"));
        }
        if (e.containsKey("phrase")) {
            return label("evidence.said", e.get("utterance"), e.get("phrase"));
        }
        if (e.containsKey("missing")) {
            return label("evidence.missing", list(e.get("missing")));
        }
        if (e.containsKey("attribute")) {
            Object value = e.get("value");
            return label("evidence.value", e.get("attribute"), value instanceof BigDecimal n ? ReportValues.number(n) : value);
        }
        return "";
    }

    private static Object list(Object value) {
        return value instanceof Collection<?> c ? c : List.of(String.valueOf(value));
    }

    /** A rejected input line or fact, with its reason. */
    public String rejection(Rejection r) {
        return r.line() > 0 ? label("rejected.line", r.line(), r.reason(locale))
                : label("rejected.fact", r.fact().orElse("?"), r.reason(locale));
    }

    /** Where a rejection is: {@code line 7}, {@code fact T-9}. */
    public String rejectionPlace(Rejection r) {
        return r.line() > 0 ? label("rejected.line-short", r.line()) : label("rejected.fact-short", r.fact().orElse("?"));
    }

    /** Where a clause could not judge a fact: {@code line 3 fact T-9 on complaint.answer}. */
    public String unjudgedPlace(dev.servicestandards.api.Unjudged u) {
        return u.line() > 0 ? label("unjudged.place-line", u.line(), u.fact(), u.clause())
                : label("unjudged.place", u.fact(), u.clause());
    }

    /** A duration in hours, for spreadsheets: {@code 48.75}. */
    public static BigDecimal hours(Duration duration) {
        return BigDecimal.valueOf(duration.getSeconds()).divide(BigDecimal.valueOf(3600), 4, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    }
}
