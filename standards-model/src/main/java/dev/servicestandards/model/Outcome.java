package dev.servicestandards.model;

import java.util.Locale;

/** The outcome of one clause for one fact (or, for a KPI, one group and period). */
public enum Outcome {
    MET, VIOLATED, PENDING, INSUFFICIENT;

    /** The spelling used in reports: {@code met}, {@code violated}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
