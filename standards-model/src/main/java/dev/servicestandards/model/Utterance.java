package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** One turn of a conversation. Immutable. */
public record Utterance(String speaker, Optional<Instant> at, String text) {

    public Utterance {
        requireNonNull(speaker, "speaker");
        requireNonNull(at, "at");
        requireNonNull(text, "text");
    }
}
