package dev.servicestandards.api;

import java.util.Locale;

import dev.servicestandards.internal.i18n.Bundles;

/**
 * The closed catalogue of problems a standard can have, and of what {@link Lint} finds in facts
 * against a standard. Each code is stable across
 * releases; its message template lives in {@code messages.properties} (English) and
 * {@code messages_zh_CN.properties} (Simplified Chinese), under the constant's name.
 */
public enum ProblemCode {
    IO_ERROR("STD-E001"),
    YAML_SYNTAX("STD-E002"),
    YAML_TAG("STD-E003"),
    DUPLICATE_KEY("STD-E004"),
    UNKNOWN_KEY("STD-E005"),
    MISSING_KEY("STD-E006"),
    WRONG_TYPE("STD-E007"),
    BAD_STANDARD_ID("STD-E008"),
    BAD_VERSION("STD-E009"),
    BAD_DATE("STD-E010"),
    BAD_TIMEZONE("STD-E011"),
    BAD_DURATION("STD-E012"),
    BAD_CLAUSE_ID("STD-E013"),
    DUPLICATE_CLAUSE_ID("STD-E014"),
    CLAUSE_KIND("STD-E015"),
    BAD_TIER_AT("STD-E016"),
    TIERS_NOT_INCREASING("STD-E017"),
    DUPLICATE_TIER("STD-E018"),
    ESCALATION_WITHOUT_TIME_LIMIT("STD-E019"),
    UNKNOWN_CALENDAR("STD-E020"),
    BAD_CHOICE("STD-E021"),
    BAD_NUMBER("STD-E022"),
    BAD_PERCENT("STD-E023"),
    EFFECTIVE_WINDOW("STD-E024"),
    SUPERSEDES_NOT_OLDER("STD-E025"),
    BAD_HOURS("STD-E026"),
    EMPTY_LIST("STD-E027"),
    EMPTY_PHRASE("STD-E028"),
    BAD_REGEX("STD-E029"),
    WEIGHTS_SUM("STD-E030"),
    UNKNOWN_DIMENSION("STD-E031"),
    BAD_GRADES("STD-E032"),
    UNKNOWN_CLAUSE("STD-E033"),
    SAME_EVENT("STD-E034"),
    LIMIT_BOUNDS("STD-E035"),
    BAD_SELECTOR("STD-E036"),
    TOO_LARGE("STD-E037"),
    BAD_CALENDAR_NAME("STD-E038"),
    CALENDAR_CONFLICT("STD-E039"),
    CATALOG_OVERLAP("STD-E040"),
    DUPLICATE_REVISION("STD-E041"),
    EMPTY_CATALOG("STD-E042"),
    BAD_DATE_RANGE("STD-E043"),
    BAD_YEAR("STD-E044"),
    DATE_OUTSIDE_YEAR("STD-E045"),
    ARRANGEMENTS_WITHOUT_BASE("STD-E046"),
    BAD_WEEKDAYS("STD-E047"),
    WEEKDAY_TWICE("STD-E048"),
    EMPTY_CHOICE("STD-E049"),
    EACH_AND_REOPEN("STD-E050"),
    EMPTY_RANGE("STD-E051"),
    PER_NEEDS_CLOCK("STD-E052"),
    NEGATIVE_NUMBER("STD-E056"),
    NOT_WHOLE_NUMBER("STD-E057"),
    PATTERN_MATCHES_EMPTY("STD-E058"),
    ONE_OF("STD-E059"),
    NOT_TIMED("STD-E060"),
    UNKNOWN_TIER("STD-E061"),
    FOLLOW_UP_CYCLE("STD-E062"),
    NOT_A_PERCENTILE("STD-E063"),
    WINDOW_NOT_ELAPSED("STD-E064"),
    NUMBER_OUT_OF_RANGE("STD-E065"),
    TOO_MANY("STD-E066"),
    TOO_LONG("STD-E067"),
    DURATION_OUT_OF_RANGE("STD-E068"),
    /** Lint (facts against a standard): a value a clause reads as a number is not one. */
    NOT_A_NUMBER("STD-E070"),
    PATTERN_NEVER_MATCHES("STD-W002"),
    CALENDAR_DATA_ENDS("STD-W003"),
    PATTERN_FOLDED("STD-W005"),
    /** Lint (facts against a standard): facts no clause selects. */
    FACTS_NOT_SELECTED("STD-W006"),
    /** Lint (facts against a standard): an event name no clause reads. */
    EVENT_NOT_READ("STD-W007");

    private final String code;

    ProblemCode(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code STD-E012}. */
    public String code() {
        return code;
    }

    /** Whether problems of this code are warnings ({@code STD-W...}) rather than errors. */
    public boolean isWarning() {
        return code.startsWith("STD-W");
    }

    /** The message for this code with its arguments filled in, in English. */
    public String format(Object... arguments) {
        return format(Locale.ROOT, arguments);
    }

    /**
     * The message for this code with its arguments filled in, in {@code locale} (Simplified
     * Chinese for any Chinese locale, else English).
     */
    public String format(Locale locale, Object... arguments) {
        return Bundles.format(Bundles.bundle(Bundles.MESSAGES, locale), name(), locale, arguments);
    }
}
