package dev.servicestandards.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.servicestandards.draft.api.Position;

class Segmenter_Test {

    @Test
    void a_sentence_broken_across_lines_is_joined_and_starts_where_it_starts() {
        // GIVEN text pasted from a web page, broken in the middle of a sentence
        List<SourceLine> lines = DocumentReader.text("标题行\n\n用户投诉应在48小时内\n受理。第二句在同一行。\n");
        // WHEN it is cut into sentences
        List<Sentence> sentences = Segmenter.sentences(lines);
        // THEN the broken sentence is one, positioned at its first line
        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("标题行", "用户投诉应在48小时内受理。", "第二句在同一行。");
        assertThat(sentences.get(1).position()).isEqualTo(new Position(2, 3));
        assertThat(sentences.get(2).position()).isEqualTo(new Position(2, 4));
    }

    @Test
    void quotes_keep_their_punctuation_and_semicolons_do_not_end_a_sentence() {
        List<Sentence> sentences = Segmenter.sentences(DocumentReader.text(
                "严禁说“你问我，我问谁？”这类话；超时即上报。下一句。"));
        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("严禁说“你问我，我问谁？”这类话；超时即上报。", "下一句。");
    }

    @Test
    void numbered_headings_start_sections_and_a_colon_opens_a_list() {
        List<Sentence> sentences = Segmenter.sentences(DocumentReader.text(String.join("\n",
                "三、服 务 禁 语", "坐席人员严禁使用以下服务禁语：", "⑴ 不知道。", "⑵ 急什么？", "四、服务时限", "1. 24小时内回复。")));
        assertThat(sentences).extracting(Sentence::kind).containsExactly(Sentence.Kind.HEADING, Sentence.Kind.TEXT,
                Sentence.Kind.ITEM, Sentence.Kind.ITEM, Sentence.Kind.HEADING, Sentence.Kind.ITEM);
        // spaces scattered into Chinese are gone from the text the rules read
        assertThat(sentences.get(0).norm()).isEqualTo("三、服务禁语");
        assertThat(sentences.get(2).intro()).isEqualTo("坐席人员严禁使用以下服务禁语:");
        assertThat(sentences.get(5).intro()).isEqualTo("四、服务时限");
    }

    @Test
    void english_sentences_end_at_a_full_stop_but_not_inside_a_number_or_an_abbreviation() {
        List<Sentence> sentences = Segmenter.sentences(DocumentReader.text(
                "Scores of 4.5 or more count, e.g. for surveys. The next one."));
        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("Scores of 4.5 or more count, e.g. for surveys.", "The next one.");
    }
}
