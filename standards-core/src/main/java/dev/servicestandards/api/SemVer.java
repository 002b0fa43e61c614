package dev.servicestandards.api;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version {@code MAJOR.MINOR.PATCH[-PRERELEASE]}. Immutable; ordered by precedence
 * (a pre-release sorts before its release; pre-release identifiers compare as text).
 */
public record SemVer(int major, int minor, int patch, String preRelease) implements Comparable<SemVer> {

    /** The longest version text parsed; longer text is not a version (see docs/limits.md). */
    public static final int MAX_LENGTH = 256;

    // the pre-release's dot-separated identifiers are checked without a repeated regex group,
    // whose matching recurses once per identifier
    private static final Pattern FORM = Pattern.compile(
            "(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})(?:-([0-9A-Za-z.-]+))?");

    private static final Comparator<SemVer> ORDER = Comparator.comparingInt(SemVer::major)
            .thenComparingInt(SemVer::minor)
            .thenComparingInt(SemVer::patch)
            .thenComparing(v -> v.preRelease().isEmpty() ? "\uffff" : v.preRelease());

    public SemVer {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version numbers must not be negative");
        }
        preRelease = preRelease == null ? "" : preRelease;
    }

    /** Parses {@code 1.1.0} or {@code 2.0.0-rc.1}; empty when the text is not a semantic version. */
    public static Optional<SemVer> parse(String text) {
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches() || (m.group(4) != null && !dotSeparated(m.group(4)))) {
            return Optional.empty();
        }
        return Optional.of(new SemVer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), m.group(4)));
    }

    /** True when no identifier of {@code preRelease} is empty: no leading, trailing or double dot. */
    private static boolean dotSeparated(String preRelease) {
        return !preRelease.startsWith(".") && !preRelease.endsWith(".") && !preRelease.contains("..");
    }

    @Override
    public int compareTo(SemVer other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + preRelease);
    }
}
