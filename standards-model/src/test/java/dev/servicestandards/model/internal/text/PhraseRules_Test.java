package dev.servicestandards.model.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.servicestandards.model.Fact;
import dev.servicestandards.model.Utterance;

class PhraseRules_Test {

    private static Fact call(String... speakerText) {
        List<Utterance> utterances = new ArrayList<>();
        for (int i = 0; i < speakerText.length; i += 2) {
            utterances.add(new Utterance(speakerText[i], Optional.empty(), speakerText[i + 1]));
        }
        return new Fact("interaction", "C", Map.of(), Map.of(), List.of(), utterances);
    }

    private static final PhraseRules FORBIDDEN = PhraseRules.forbidden("agent",
            List.of("不知道", "你问我我问谁", "知道", "急什么"), List.of("有意见.{0,4}找谁"));

    @Test
    void finds_every_occurrence_with_offsets_into_the_original_text() {
        Fact fact = call("customer", "不知道怎么办", "agent", "我也不知道。你问我，我问谁去？", "agent", "有意见 你去找谁都行");
        List<PhraseOccurrence> found = FORBIDDEN.occurrences(fact);
        assertThat(found).containsExactly(
                new PhraseOccurrence(1, 2, 5, "不知道", false),
                new PhraseOccurrence(1, 3, 5, "知道", false),
                new PhraseOccurrence(1, 6, 13, "你问我我问谁", false),
                new PhraseOccurrence(2, 0, 8, "有意见.{0,4}找谁", true));
        assertThat(fact.utterances().get(1).text().substring(6, 13)).isEqualTo("你问我，我问谁");
    }

    @Test
    void nothing_forbidden_in_other_speakers_words() {
        assertThat(FORBIDDEN.occurrences(call("customer", "急什么急什么", "agent", "您好"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "FIRST|您好,请问有什么可以帮您?|true",
        "FIRST|喂?|false",
        "LAST|再见|false",
        "ANY|你好呀|true"})
    void required_phrases_where_required(PhraseRules.Position position, String firstAgentLine, boolean said) {
        PhraseRules greeting = PhraseRules.required("agent", position, List.of("您好", "你好"));
        PhraseRules.Presence presence = greeting.presence(call("customer", "喂", "agent", firstAgentLine, "agent", "谢谢,再见"));
        assertThat(presence.said().isPresent()).isEqualTo(said);
        assertThat(presence.utterance()).contains(position == PhraseRules.Position.LAST ? 2 : 1);
    }

    @Test
    void no_utterance_of_the_speaker_means_nothing_was_said() {
        PhraseRules greeting = PhraseRules.required("agent", PhraseRules.Position.FIRST, List.of("您好"));
        assertThat(greeting.presence(call("customer", "您好"))).isEqualTo(new PhraseRules.Presence(Optional.empty(), Optional.empty()));
    }

    @Test
    void a_catastrophic_pattern_is_stopped_with_a_clear_error() {
        // exponential backtracking even on Java 17's engine: seconds at 25 chars, years at 40
        Pattern evil = Pattern.compile("((a+)*)+$b");
        String text = "a".repeat(40) + "!";
        assertThatThrownBy(() -> BoundedRegex.findAll(evil, text, 1_000_000, (s, e) -> { }))
                .isInstanceOf(BoundedRegex.BudgetExceeded.class)
                .hasMessage("pattern '((a+)*)+$b' needed more than its budget of work on a 41-char text");
        PhraseRules rules = PhraseRules.forbidden("agent", List.of(), List.of("((a+)*)+$b"));
        assertThatThrownBy(() -> rules.occurrences(call("agent", text))).isInstanceOf(BoundedRegex.BudgetExceeded.class);
    }

    @Test
    void thousands_of_phrases_in_one_matcher() {
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            phrases.add("禁语" + i);
        }
        PhraseMatcher matcher = PhraseMatcher.of(phrases);
        List<Integer> hits = new ArrayList<>();
        matcher.scan(NormalizedText.normalize("这是禁语4999,还有禁语17。"), (phrase, start, end) -> hits.add(phrase));
        assertThat(hits).containsExactlyInAnyOrder(4999, 499, 49, 4, 17, 1);
        assertThat(matcher.matchesAny("没有")).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "我的电话是13812345678|我的电话是***********",
        "身份证110101199003074518号|身份证******************号",
        "身份证11010119900307451X|身份证******************",
        "电话 138-1234-5678 找我|电话 ***-****-**** 找我",
        "工单12345不打码|工单12345不打码",
        "１３８１２３４５６７８|***********",
        "金额 300 元, 5 天|金额 300 元, 5 天"})
    void evidence_masks_long_digit_runs_and_keeps_offsets(String text, String masked) {
        assertThat(EvidenceMask.mask(text)).isEqualTo(masked).hasSameSizeAs(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // what is said | where the phrase is in it (start, end in the original)
        "Cyrillic а and о in Latin words|you are an idiоt, really|11|16",
        "Cyrillic і and Greek ο|you are an іdіοt|11|16",
        "combining marks on every letter|you are an i\u0301d\u0308i\u0301o\u0300t\u0301!|11|20",
        "variation selectors|an id\uFE0Fiot\uFE0E|3|9",
        "zero-width space and soft hyphen|an id\u200Bi\u00ADot|3|10",
        "precomposed accents|an ídìöt|3|8",
        "full-width Cyrillic look-alikes|ａｎ ＩＤＩＯＴ|3|8"})
    void look_alikes_marks_and_invisible_characters_do_not_hide_a_phrase(String what, String said, int start, int end) {
        // GIVEN a forbidden Latin phrase and an utterance that disguises it
        String text = unescape(said);
        PhraseRules rules = PhraseRules.forbidden("agent", List.of("idiot"), List.of("id.?ot"));
        // WHEN scanned
        List<PhraseOccurrence> found = rules.occurrences(call("agent", text));
        // THEN the phrase and the pattern are found, with offsets into the original text
        assertThat(found).containsExactly(new PhraseOccurrence(0, start, end, "idiot", false),
                new PhraseOccurrence(0, start, end, "id.?ot", true));
    }

    @Test
    void a_cyrillic_phrase_still_matches_itself_and_chinese_is_unchanged() {
        PhraseRules rules = PhraseRules.forbidden("agent", List.of("дурак", "不知道"), List.of());
        assertThat(rules.occurrences(call("agent", "ты ДУРАК, 我不知道"))).extracting(PhraseOccurrence::phrase)
                .containsExactly("дурак", "不知道");
        assertThat(NormalizedText.normalize("дурак")).isEqualTo("дypak");
        assertThat(NormalizedText.normalize("が再見")).isEqualTo("が再見");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
