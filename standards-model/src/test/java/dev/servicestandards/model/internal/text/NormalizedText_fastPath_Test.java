package dev.servicestandards.model.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The fast path of {@link NormalizedText} must agree with the plain definition on any text. */
class NormalizedText_fastPath_Test {

    /**
     * The definition: per code point NFKC and root lower case; combining marks dropped, and Latin,
     * Greek and Cyrillic letters decomposed without their marks; look-alikes folded to Latin;
     * whitespace and punctuation dropped.
     */
    private static String reference(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String piece = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            piece.codePoints().forEach(p -> {
                if (mark(p)) {
                    return;
                }
                Character.UnicodeScript script = Character.UnicodeScript.of(p);
                String base = new String(Character.toChars(p));
                if (script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                        || script == Character.UnicodeScript.CYRILLIC) {
                    StringBuilder b = new StringBuilder();
                    Normalizer.normalize(base, Normalizer.Form.NFD).codePoints().filter(c -> !mark(c)).forEach(b::appendCodePoint);
                    base = b.toString();
                    int at = base.length() == 1 ? LOOK_ALIKES.indexOf(base.charAt(0)) : -1;
                    if (at >= 0) {
                        base = String.valueOf(LATIN.charAt(at));
                    }
                }
                base.codePoints().filter(c -> !dropped(c)).forEach(out::appendCodePoint);
            });
        });
        return out.toString();
    }

    private static final String LOOK_ALIKES = "аеорсухіјѕԁӏԛԝвкмнтъьɡıαβεηικμνορτυχζ";
    private static final String LATIN = "aeopcyxijsdlqwbkmhtbbgiabehikmnoptyxz";

    private static boolean mark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean dropped(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONNECTOR_PUNCTUATION
                || type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.OTHER_PUNCTUATION
                || type == Character.CONTROL || type == Character.FORMAT;
    }

    @Test
    void agrees_with_the_definition_on_generated_text() {
        SplittableRandom random = new SplittableRandom(7);
        int[][] ranges = {{0x20, 0x7E}, {0x4E00, 0x9FFF}, {0xFF01, 0xFF5E}, {0x3000, 0x303F}, {0x00A0, 0x024F},
            {0x0370, 0x03FF}, {0xF900, 0xFAFF}, {0x2000, 0x206F}, {0x1F600, 0x1F64F}, {0x2460, 0x24FF}, {0x0, 0x1F},
            {0x0400, 0x04FF}, {0x0300, 0x036F}, {0xFE00, 0xFE0F}, {0xE0100, 0xE01EF}, {0x3040, 0x30FF}, {0x1E00, 0x1EFF}};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(0, 30);
            for (int i = 0; i < length; i++) {
                int[] range = ranges[random.nextInt(ranges.length)];
                text.appendCodePoint(random.nextInt(range[0], range[1] + 1));
            }
            String s = text.toString();
            NormalizedText normalized = NormalizedText.of(s);
            assertThat(normalized.text()).as("text %s", s.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(reference(s));
            for (int i = 0; i < normalized.text().length(); i++) {
                assertThat(normalized.originalStart(i)).isLessThan(normalized.originalEnd(i));
                assertThat(normalized.originalEnd(i)).isLessThanOrEqualTo(s.length());
            }
        }
    }
}
