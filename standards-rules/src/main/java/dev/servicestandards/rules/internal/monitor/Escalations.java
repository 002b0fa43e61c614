package dev.servicestandards.rules.internal.monitor;

import java.util.function.Consumer;

/** The monitor rules' global: where a due tier goes. Internal. */
public final class Escalations {

    private final Consumer<DueTier> sink;

    Escalations(Consumer<DueTier> sink) {
        this.sink = sink;
    }

    public void due(DueTier tier) {
        sink.accept(tier);
    }
}
