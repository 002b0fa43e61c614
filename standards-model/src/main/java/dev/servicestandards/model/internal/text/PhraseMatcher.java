package dev.servicestandards.model.internal.text;

import java.util.List;

/**
 * Finds many phrases at once in normalized text. Built once per rule set; immutable and
 * thread-safe. Internal: our own small interface, so the Aho–Corasick library behind it can change.
 */
public interface PhraseMatcher {

    /** Receives one occurrence: the phrase's index in the list given to {@link #of}, and its span. */
    @FunctionalInterface
    interface Hit {
        void at(int phrase, int start, int end);
    }

    /**
     * A matcher for {@code phrases}, each normalized first. Phrases that normalize alike are one
     * key; an occurrence reports the first of them.
     */
    static PhraseMatcher of(List<String> phrases) {
        return new TriePhraseMatcher(phrases);
    }

    /** Reports every occurrence, overlapping ones included, in order of their end. */
    void scan(String normalized, Hit hit);

    /** Whether any phrase occurs. */
    boolean matchesAny(String normalized);
}
