package dev.servicestandards.model.internal.text;

import java.util.List;
import java.util.TreeMap;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

/** {@link PhraseMatcher} on a double-array Aho–Corasick trie. Immutable after construction. */
final class TriePhraseMatcher implements PhraseMatcher {

    private final AhoCorasickDoubleArrayTrie<Integer> trie = new AhoCorasickDoubleArrayTrie<>();
    private final boolean empty;

    TriePhraseMatcher(List<String> phrases) {
        TreeMap<String, Integer> keys = new TreeMap<>();
        for (int i = 0; i < phrases.size(); i++) {
            String key = NormalizedText.normalize(phrases.get(i));
            if (key.isEmpty()) {
                throw new IllegalArgumentException("phrase " + i + " is empty once normalized");
            }
            keys.putIfAbsent(key, i);
        }
        empty = keys.isEmpty();
        if (!empty) {
            trie.build(keys);
        }
    }

    @Override
    public void scan(String normalized, Hit hit) {
        if (empty || normalized.isEmpty()) {
            return;
        }
        trie.parseText(normalized, (AhoCorasickDoubleArrayTrie.IHit<Integer>) (begin, end, phrase) -> hit.at(phrase, begin, end));
    }

    @Override
    public boolean matchesAny(String normalized) {
        return !empty && !normalized.isEmpty() && trie.matches(normalized);
    }
}
