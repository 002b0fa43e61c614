package dev.servicestandards.model.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizedText_Test {

    @ParameterizedTest(name = "''{0}'' normalizes to ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "你问我,我问谁去?|你问我我问谁去",
        "你问我，我问谁？|你问我我问谁",
        "ＡＢＣ　ｄｅｆ|abcdef",
        "  Hello,\tWorld!  |helloworld",
        "“不知道”……|不知道",
        "１２３|123"})
    void folds_width_case_whitespace_and_punctuation(String original, String normalized) {
        assertThat(NormalizedText.normalize(original)).isEqualTo(normalized);
    }

    @Test
    void maps_every_normalized_char_back_to_the_original() {
        NormalizedText text = NormalizedText.of("您好，ＡＢ 先生");
        assertThat(text.text()).isEqualTo("您好ab先生");
        // 'a' came from the full-width Ａ at offset 3
        assertThat(text.originalStart(2)).isEqualTo(3);
        assertThat(text.originalEnd(3)).isEqualTo(5);
        assertThat(text.original().substring(text.originalStart(4), text.originalEnd(5))).isEqualTo("先生");
    }

    @Test
    void keeps_supplementary_characters_whole() {
        NormalizedText text = NormalizedText.of("a𠀀b");
        assertThat(text.text()).isEqualTo("a𠀀b");
        assertThat(text.originalStart(1)).isEqualTo(1);
        assertThat(text.originalEnd(2)).isEqualTo(3);
    }
}
