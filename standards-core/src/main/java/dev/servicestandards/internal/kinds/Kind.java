package dev.servicestandards.internal.kinds;

import java.util.List;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;

/**
 * The home of one kind of clause: how its rules read (the DRL it generates), what its findings
 * show as evidence, and how a revision's change of it reads. Parsing a kind is in the loader, and
 * measuring facts for it in its class of the fact model ({@code dev.servicestandards.model}).
 * One final class per kind; {@link #of} dispatches through {@link ClauseKind.Visitor}, so a kind
 * nobody handles is a compile error. Internal.
 *
 * @param <K> the kind's record
 */
public sealed interface Kind<K extends ClauseKind>
        permits TimeLimitKind, FollowUpKind, LimitKind, RequiredFieldsKind, ForbiddenPhrasesKind, RequiredPhraseKind, KpiKind, RepeatKind {

    /** The lines of the clause's heading comment that state the kind's settings as the standard writes them. */
    List<String> describe(K kind);

    /** Writes the clause's rules after its heading. */
    void rules(Drl drl, RuleSetDrl.Context context, Clause clause, K kind);

    /**
     * Adds one of the rules' findings of this kind to a report's table, with the kind's evidence.
     *
     * @param finding  the finding as the rules decided it
     * @param origin   what every finding of the clause repeats
     * @param charge   what the finding costs, or null
     * @param mask     whether evidence text masks long digit runs
     * @param evidence an empty evidence builder, empty again after
     * @param table    the table to add to
     */
    void record(K kind, dev.servicestandards.model.Finding finding, dev.servicestandards.internal.report.FindingTable.Origin origin,
            dev.servicestandards.api.Finding.Charge charge, boolean mask, dev.servicestandards.internal.report.Evidence.Builder evidence,
            dev.servicestandards.internal.report.FindingTable.Builder table);

    /**
     * The kind's settings by name ({@code time-limit.within} to {@code 48h}), as a revision diff
     * compares them: a setting whose text differs between two revisions of a clause changed.
     */
    java.util.Map<String, String> settings(K kind);

    /** The evidence key of the instant a follow-up's clock started. */
    String FOLLOW_UP_START = "after";

    /** The home of {@code kind}. */
    @SuppressWarnings("unchecked")
    static <K extends ClauseKind> Kind<K> of(K kind) {
        return (Kind<K>) kind.accept(new ClauseKind.Visitor<Kind<?>>() {
            @Override
            public Kind<?> timeLimit(ClauseKind.TimeLimit k) {
                return TimeLimitKind.INSTANCE;
            }

            @Override
            public Kind<?> followUp(ClauseKind.FollowUp k) {
                return FollowUpKind.INSTANCE;
            }

            @Override
            public Kind<?> forbiddenPhrases(ClauseKind.ForbiddenPhrases k) {
                return ForbiddenPhrasesKind.INSTANCE;
            }

            @Override
            public Kind<?> requiredPhrase(ClauseKind.RequiredPhrase k) {
                return RequiredPhraseKind.INSTANCE;
            }

            @Override
            public Kind<?> limit(ClauseKind.Limit k) {
                return LimitKind.INSTANCE;
            }

            @Override
            public Kind<?> requiredFields(ClauseKind.RequiredFields k) {
                return RequiredFieldsKind.INSTANCE;
            }

            @Override
            public Kind<?> kpi(ClauseKind.Kpi k) {
                return KpiKind.INSTANCE;
            }

            @Override
            public Kind<?> repeat(ClauseKind.Repeat k) {
                return RepeatKind.INSTANCE;
            }
        });
    }
}
