package dev.servicestandards.model.internal.text;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/**
 * One occurrence of a phrase or pattern in one utterance, with offsets into the original
 * utterance text. Immutable. Internal.
 *
 * @param utterance index of the utterance in the fact's conversation
 * @param start     start offset in the original utterance text
 * @param end       end offset (exclusive) in the original utterance text
 * @param phrase    the phrase (or pattern) as the standard writes it
 * @param pattern   whether {@code phrase} is a regular expression
 */
public record PhraseOccurrence(int utterance, int start, int end, String phrase, boolean pattern) {

    /** Evidence order: utterance, then position, then phrases before patterns. */
    public static final Comparator<PhraseOccurrence> ORDER = Comparator.comparingInt(PhraseOccurrence::utterance)
            .thenComparingInt(PhraseOccurrence::start).thenComparingInt(PhraseOccurrence::end)
            .thenComparing(PhraseOccurrence::pattern).thenComparing(PhraseOccurrence::phrase);

    public PhraseOccurrence {
        requireNonNull(phrase, "phrase");
    }
}
