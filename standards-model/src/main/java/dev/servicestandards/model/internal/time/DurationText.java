package dev.servicestandards.model.internal.time;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code 1h30m} notation of standards. Internal: not part of the API. */
public final class DurationText {
    public static final Pattern DAYS = Pattern.compile("(\\d{1,9})\\s*(working\\s+days?|wd|days?|d)");
    private static final Pattern TIME = Pattern.compile("(?:(\\d{1,7})h)?\\s*(?:(\\d{1,9})m)?\\s*(?:(\\d{1,9})s)?");

    private DurationText() {
    }

    /** Parses {@code 1h30m}-style text (hours, minutes, seconds, each optional, in that order). */
    public static Optional<Duration> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = TIME.matcher(t);
        if (t.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        Duration d = Duration.ZERO;
        if (m.group(1) != null) {
            d = d.plusHours(Long.parseLong(m.group(1)));
        }
        if (m.group(2) != null) {
            d = d.plusMinutes(Long.parseLong(m.group(2)));
        }
        if (m.group(3) != null) {
            d = d.plusSeconds(Long.parseLong(m.group(3)));
        }
        return Optional.of(d);
    }

    /** Formats a duration the way a standard writes it: {@code 48h}, {@code 1h30m}, {@code 90s}. */
    public static String format(Duration d) {
        long seconds = d.getSeconds();
        StringBuilder out = new StringBuilder();
        if (seconds >= 3600) {
            out.append(seconds / 3600).append('h');
        }
        if (seconds % 3600 >= 60) {
            out.append(seconds % 3600 / 60).append('m');
        }
        if (seconds % 60 != 0 || out.length() == 0) {
            out.append(seconds % 60).append('s');
        }
        return out.toString();
    }
}
