package dev.servicestandards.internal.kinds;

import java.util.List;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.Penalty;

/** The penalty rules every kind of clause shares: what each violation costs. Internal. */
final class Penalties {

    private Penalties() {
    }

    /** {@code 5 points a violation, at most 20 a fact, and 200 CNY}. */
    static String describe(Penalty p) {
        String points = Drl.plain(p.points()) + (p.points().compareTo(java.math.BigDecimal.ONE) == 0 ? " point" : " points");
        String per = switch (p.per()) {
            case OCCURRENCE -> " a violation";
            case FACT -> " a fact";
            case HOUR_LATE -> " for each started hour late";
            case TIER -> " for each escalation tier reached";
        };
        return points + per + p.max().map(m -> ", at most " + Drl.plain(m) + " a fact").orElse("")
                + p.amount().map(a -> " and " + Drl.plain(a) + p.currency().map(c -> " " + c).orElse("")).orElse("");
    }

    /** The rules that charge the clause's violations. */
    static void rules(Drl drl, Clause clause, Penalty p) {
        String id = Drl.string(clause.id());
        boolean scanned = clause.kind() instanceof ClauseKind.ForbiddenPhrases;
        // a follow-up has a clock for each clock of its clause that calls for one
        boolean clocks = clause.kind() instanceof ClauseKind.TimeLimit t && (t.each() || t.reopen().filter(r -> r.restart()).isPresent())
                || clause.kind() instanceof ClauseKind.FollowUp;
        boolean several = scanned || clocks;
        // the findings of a conversation share its scan: counted by it; the clocks of a fact, by the fact
        String same = scanned ? "reading == $reading" : "fact == $fact";
        String violated = "$finding : Finding( clause == " + id + ", outcome == Outcome.VIOLATED"
                + (several ? ", " + (scanned ? "$reading : reading" : "$fact : fact") + ", $position : position" : "") + " )";
        String earlier = "Finding( clause == " + id + ", outcome == Outcome.VIOLATED, " + same + ", position < $position )";
        String name = clause.id() + ": " + describe(p);
        String max = p.max().map(Drl::decimal).orElse("null");
        if (p.per() == Penalty.Per.HOUR_LATE) {
            drl.rule(name, List.of("$finding : Finding( clause == " + id + ", outcome == Outcome.VIOLATED, $late : clock.late )"),
                    List.of(charge(p, "Charge.perHour( " + Drl.decimal(p.points()) + ", $late, " + max + " )")));
            return;
        }
        if (p.per() == Penalty.Per.TIER) {
            drl.rule(name, List.of("$finding : Finding( clause == " + id + ", outcome == Outcome.VIOLATED, $tiers : tiersReached )"),
                    List.of(charge(p, "Charge.perTier( " + Drl.decimal(p.points()) + ", $tiers, " + max + " )")));
            return;
        }
        if (p.per() == Penalty.Per.FACT && several) {
            drl.rule(name + ", the first violation of a fact is charged", List.of(violated, "not " + earlier),
                    List.of(charge(p, Drl.decimal(p.max().map(m -> m.min(p.points())).orElse(p.points())))));
            drl.rule(name + ", later violations of the fact cost nothing", List.of(violated, "exists " + earlier),
                    List.of(charge(p, "java.math.BigDecimal.ZERO")));
        } else if (several && p.max().isPresent()) {
            drl.rule(name, List.of(violated,
                    "accumulate( " + earlier + "; $before : count() )"),
                    List.of(charge(p, "Charge.capped( " + Drl.decimal(p.points()) + ", " + Drl.decimal(p.max().get()) + ", $before )")));
        } else {
            drl.rule(name, List.of(violated),
                    List.of(charge(p, Drl.decimal(p.max().map(m -> m.min(p.points())).orElse(p.points())))));
        }
    }

    private static String charge(Penalty p, String points) {
        String charge = p.amount().isPresent()
                ? "Charge.of( " + points + ", " + Drl.decimal(p.amount().get()) + ", "
                        + p.currency().map(Drl::string).orElse("null") + " )"
                : "Charge.points( " + points + " )";
        return "modify( $finding ) { setCharge( " + charge + " ) }";
    }
}
