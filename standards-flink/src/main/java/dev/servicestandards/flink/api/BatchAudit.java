package dev.servicestandards.flink.api;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

import dev.servicestandards.api.Rejection;
import dev.servicestandards.api.Report;
import dev.servicestandards.flink.internal.JudgeLines;
import dev.servicestandards.flink.internal.Judged;
import dev.servicestandards.flink.internal.NumberedLines;
import dev.servicestandards.model.KpiCount;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.rules.api.Judgement;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/**
 * A batch audit on Flink: facts files (JSON Lines) read by a FileSource, each fact judged by the
 * rule set on the cluster's task slots, KPI counts summed by KPI, group and period across the
 * cluster; the report is then put together where it is written, as
 * {@link RuleSet#report} puts judgements together: the same report as
 * {@link RuleSet#evaluate(java.io.Reader, Instant, EvaluationOptions)}, byte for byte once written.
 * Evidence is masked (as {@code standards evaluate} masks it unless told not to). Immutable.
 *
 * @param kjar the standard's KJAR
 * @param asOf the instant the facts are judged at
 */
public record BatchAudit(byte[] kjar, Instant asOf) {

    public BatchAudit {
        kjar = requireNonNull(kjar, "kjar").clone();
        requireNonNull(asOf, "asOf");
    }

    @Override
    public byte[] kjar() {
        return kjar.clone();
    }

    /**
     * Judges the lines of {@code facts} (one file; its line numbers name rejections) on {@code env} in batch
     * mode and returns the report; {@code keepMet} as {@link EvaluationOptions#keepMet()}.
     */
    public Report run(StreamExecutionEnvironment env, org.apache.flink.core.fs.Path facts, boolean keepMet) throws Exception {
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        DataStream<Judged> judged = env.fromSource(FileSource.forRecordStreamFormat(new NumberedLines(), facts).build(),
                WatermarkStrategy.noWatermarks(), "facts").rebalance()
                .flatMap(new JudgeLines(kjar, asOf)).name("judge facts").returns(TypeInformation.of(Judged.class));
        // what each fact adds to a KPI, summed by KPI, group and period where the key lives
        DataStream<KpiCount> kpiCounts = judged.flatMap((Judged j, org.apache.flink.util.Collector<KpiCount> out) -> {
            if (j.judgement != null) {
                j.judgement.kpiCounts().forEach(out::collect);
            }
        }).returns(TypeInformation.of(KpiCount.class)).name("KPI counts")
                .keyBy(c -> c.getKpi() + '\u0000' + c.getGroup() + '\u0000' + c.getPeriod(), Types.STRING)
                .reduce(KpiCount::plus).name("sum KPI counts by key");
        List<Judged> all = new ArrayList<>();
        List<KpiCount> summed = new ArrayList<>();
        try (CloseableIterator<Judged> a = judged.collectAsync(); CloseableIterator<KpiCount> k = kpiCounts.collectAsync()) {
            env.execute("standards batch audit");
            a.forEachRemaining(all::add);
            k.forEachRemaining(summed::add);
        }
        all.sort(Comparator.comparingLong(j -> j.line));
        List<Judgement> judgements = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (Judged j : all) {
            if (j.judgement != null) {
                judgements.add(j.judgement);
            } else {
                rejected.add(j.rejection);
            }
        }
        RuleSet rules = RuleSets.load(kjar);
        return rules.report(asOf, judgements, rules.kpis(summed), rejected,
                EvaluationOptions.DEFAULT.withKeepMet(keepMet));
    }
}
