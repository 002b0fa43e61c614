package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a report is written for people: in which language, with or without met findings, with
 * the standards it came from (for clause titles, KPI percentages and dimension names) and with a
 * quality summary. The JSON format reads only {@code includeMet}: it is for machines and stays
 * the same in every language. Immutable.
 *
 * @param locale     the language of labels, outcomes, durations and messages: Simplified
 *                   Chinese for any Chinese locale ({@code zh}, {@code zh-CN}), English otherwise
 * @param includeMet whether met findings are listed too (violated and pending always are)
 * @param standards  the revisions the report was evaluated with; empty shows clause ids only
 * @param summary    a quality summary to add (HTML, text, CSV and xlsx), if any
 */
public record ReportOptions(Locale locale, boolean includeMet, List<Standard> standards,
        Optional<QualitySummary> summary) {

    /** English, violated and pending findings only, no standards, no summary. */
    public static final ReportOptions DEFAULT = new ReportOptions(Locale.ROOT, false, List.of(), Optional.empty());

    public ReportOptions {
        requireNonNull(locale, "locale");
        standards = List.copyOf(standards);
        requireNonNull(summary, "summary");
    }

    /** Options with defaults in {@code locale}. */
    public static ReportOptions of(Locale locale) {
        return DEFAULT.withLocale(locale);
    }

    /** A copy in {@code locale}. */
    public ReportOptions withLocale(Locale locale) {
        return new ReportOptions(locale, includeMet, standards, summary);
    }

    /** A copy that lists met findings too, or not. */
    public ReportOptions withIncludeMet(boolean include) {
        return new ReportOptions(locale, include, standards, summary);
    }

    /** A copy that knows the revisions the report came from. */
    public ReportOptions withStandards(List<Standard> revisions) {
        return new ReportOptions(locale, includeMet, revisions, summary);
    }

    /** A copy that adds {@code quality} to the report. */
    public ReportOptions withSummary(QualitySummary quality) {
        return new ReportOptions(locale, includeMet, standards, Optional.of(quality));
    }
}
