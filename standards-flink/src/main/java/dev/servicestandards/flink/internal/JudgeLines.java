package dev.servicestandards.flink.internal;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.model.Fact;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/**
 * Reads a facts line with the library's reader and judges it with the rule set (loaded once per
 * task from the KJAR). Internal.
 */
public final class JudgeLines extends RichFlatMapFunction<NumberedLine, Judged> {

    private static final long serialVersionUID = 1L;

    private final byte[] kjar;
    private final Instant asOf;
    private transient RuleSet rules;

    public JudgeLines(byte[] kjar, Instant asOf) {
        this.kjar = kjar.clone();
        this.asOf = asOf;
    }

    @Override
    public void open(OpenContext context) {
        rules = RuleSets.load(kjar);
    }

    @Override
    public void flatMap(NumberedLine in, Collector<Judged> out) throws IOException {
        if (in.text.isBlank()) {
            return;
        }
        FactBatch one = Facts.readJsonLines(new StringReader(in.text));
        for (Rejection r : one.rejected()) {
            out.collect(new Judged(in.number, null, new Rejection(in.number, r.fact(), r.why())));
        }
        for (Fact fact : one.facts()) {
            out.collect(new Judged(in.number, rules.judge(fact, asOf), null));
        }
    }
}
