package dev.servicestandards.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.model.Fact;
import dev.servicestandards.model.Utterance;
import dev.servicestandards.model.internal.text.NormalizedText;
import dev.servicestandards.model.internal.text.PhraseRules;

/**
 * Forbidden-phrase scanning of agent transcripts: one operation scans the whole corpus
 * ({@link #CORPUS_BYTES} bytes of UTF-8 Chinese text with punctuation and digits). The baseline
 * is the Aho–Corasick library alone over the same text already normalized, in the same run; the
 * subject is {@link PhraseRules#occurrences}, which also normalizes (NFKC, case, punctuation),
 * maps every hit back to original offsets and builds the occurrences.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PhraseBenchmark {

    static final int UTTERANCES = 4_000;
    static long CORPUS_BYTES;

    @Param({"10", "1000", "5000"})
    public int phrases;

    private List<Fact> facts;
    private List<String> normalized;
    private PhraseRules rules;
    private AhoCorasickDoubleArrayTrie<Integer> raw;

    private static final String CHARS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质";

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(2026);
        Set<String> list = new LinkedHashSet<>(List.of("不知道", "不是已经告诉你了吗", "急什么", "没见我在忙着吗",
                "爱找谁找谁", "你问我我问谁", "这不归我管", "我就这态度", "说了你也不懂", "你自己看着办"));
        while (list.size() < phrases) {
            StringBuilder p = new StringBuilder();
            int length = random.nextInt(3, 7);
            for (int i = 0; i < length; i++) {
                p.append(CHARS.charAt(random.nextInt(CHARS.length())));
            }
            list.add(p.toString());
        }
        List<String> phraseList = new ArrayList<>(list).subList(0, phrases);
        rules = PhraseRules.forbidden("agent", phraseList, List.of());
        TreeMap<String, Integer> keys = new TreeMap<>();
        for (int i = 0; i < phraseList.size(); i++) {
            keys.putIfAbsent(NormalizedText.normalize(phraseList.get(i)), i);
        }
        raw = new AhoCorasickDoubleArrayTrie<>();
        raw.build(keys);

        String punctuation = ",。!?、 ";
        facts = new ArrayList<>();
        normalized = new ArrayList<>();
        long bytes = 0;
        for (int u = 0; u < UTTERANCES; u++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(20, 80);
            while (text.length() < length) {
                int pick = random.nextInt(100);
                if (pick < 2) {
                    text.append(phraseList.get(random.nextInt(phraseList.size())));
                } else if (pick < 10) {
                    text.append(punctuation.charAt(random.nextInt(punctuation.length())));
                } else if (pick < 12) {
                    text.append(random.nextInt(10));
                } else {
                    text.append(CHARS.charAt(random.nextInt(CHARS.length())));
                }
            }
            String t = text.toString();
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
            facts.add(new Fact("interaction", "C" + u, Map.of(), Map.of(), List.of(),
                    List.of(new Utterance("agent", Optional.empty(), t))));
            normalized.add(NormalizedText.normalize(t));
        }
        CORPUS_BYTES = bytes;
        System.out.println("\ncorpus: " + UTTERANCES + " utterances, " + bytes + " bytes of UTF-8");
    }

    @Benchmark
    public void baselineLibraryOnNormalizedText(Blackhole bh) {
        int[] count = new int[1];
        for (String text : normalized) {
            raw.parseText(text, (AhoCorasickDoubleArrayTrie.IHit<Integer>) (begin, end, value) -> count[0]++);
        }
        bh.consume(count[0]);
    }

    @Benchmark
    public void phraseRulesOnOriginalText(Blackhole bh) {
        for (Fact fact : facts) {
            bh.consume(rules.occurrences(fact));
        }
    }
}
