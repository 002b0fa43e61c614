package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

import dev.servicestandards.model.internal.text.PhraseOccurrence;

/**
 * A phrase (or pattern) said in one utterance, with offsets into the utterance's original text,
 * and its place among the occurrences of one scan. Immutable.
 *
 * @param position  0 for the first occurrence of a scan, in evidence order
 * @param utterance index of the utterance in the conversation
 * @param start     start offset in the original text
 * @param end       end offset (exclusive) in the original text
 * @param phrase    the phrase or pattern as the standard writes it
 * @param pattern   whether {@code phrase} is a regular expression
 */
public record Said(int position, int utterance, int start, int end, String phrase, boolean pattern) {

    public Said {
        requireNonNull(phrase, "phrase");
    }

    static List<Said> of(List<PhraseOccurrence> occurrences) {
        List<Said> out = new ArrayList<>(occurrences.size());
        for (PhraseOccurrence o : occurrences) {
            out.add(new Said(out.size(), o.utterance(), o.start(), o.end(), o.phrase(), o.pattern()));
        }
        return out;
    }
}
