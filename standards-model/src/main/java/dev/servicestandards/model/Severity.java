package dev.servicestandards.model;

import java.util.Locale;

/** How serious a breach of a clause is. */
public enum Severity {
    MINOR, MAJOR, CRITICAL;

    /** The spelling used in standards and reports: {@code minor}, {@code major}, {@code critical}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
