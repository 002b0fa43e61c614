package dev.servicestandards.internal.kinds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.servicestandards.api.Clause;

/**
 * Writes DRL: rules, comments and literals. Whatever a standard says reaches the DRL only through
 * {@link #string} (an escaped string literal), {@link #number} and {@link #decimal} (numbers
 * printed from parsed values) and {@link #comment} (one line, no control characters): a standard
 * can never become code. Not thread-safe: one per generation. Internal.
 */
public final class Drl {

    private final StringBuilder text = new StringBuilder();
    private int line = 1;
    private final List<Section> sections = new ArrayList<>();
    private Clause current;
    private int currentStart;

    /** The lines a clause's rules take in the generated DRL, for locating build errors. */
    public record Section(int from, int to, Clause clause) {
    }

    /** Appends one line. */
    public Drl line(String content) {
        text.append(content).append('\n');
        line++;
        return this;
    }

    /** Appends an empty line. */
    public Drl blank() {
        return line("");
    }

    /** Appends a comment line: {@code // text}, the text made one printable line. */
    public Drl comment(String content) {
        return line(content.isEmpty() ? "//" : "// " + encode(content, false));
    }

    /** Marks the start of a clause's rules. */
    void beginClause(Clause clause) {
        current = clause;
        currentStart = line;
    }

    /** Marks the end of the current clause's rules. */
    void endClause() {
        sections.add(new Section(currentStart, line - 1, current));
        current = null;
    }

    /**
     * Appends a rule.
     *
     * @param name       the rule's name, made {@linkplain #prose prose} and escaped here
     * @param attributes rule attributes, e.g. {@code salience -100}; may be empty
     * @param when       the conditions, one a line
     * @param then       the consequence, one statement a line
     */
    public Drl rule(String name, List<String> attributes, List<String> when, List<String> then) {
        line("rule " + string(prose(name)));
        for (String attribute : attributes) {
            line("    " + attribute);
        }
        line("when");
        for (String condition : when) {
            line("    " + condition);
        }
        line("then");
        for (String statement : then) {
            line("    " + statement);
        }
        line("end");
        return blank();
    }

    /** A rule without attributes. */
    public Drl rule(String name, List<String> when, List<String> then) {
        return rule(name, List.of(), when, then);
    }

    /** The DRL written so far. */
    public String text() {
        return text.toString();
    }

    /** The clause sections written so far. */
    public List<Section> sections() {
        return List.copyOf(sections);
    }

    /**
     * A string literal for DRL and Java alike: quote and backslash escaped, control characters as
     * three-digit octal escapes, other invisible characters (format characters such as bidi
     * overrides, line and paragraph separators, lone surrogates) as {@code \\uXXXX}. Never a line
     * break, a quote or a backslash as a Unicode escape, which Java would read as the character.
     */
    public static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append('\\').append(Character.forDigit(c >> 6 & 7, 8)).append(Character.forDigit(c >> 3 & 7, 8))
                        .append(Character.forDigit(c & 7, 8));
            } else if (invisible(value, i)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A list literal for a consequence: {@code java.util.List.of("a", "b")}. */
    public static String strings(List<String> values) {
        StringBuilder out = new StringBuilder("java.util.List.of(");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(string(values.get(i)));
        }
        return out.append(')').toString();
    }

    /** Whether the char at {@code i} is one a reader could not see, or that could break a line. */
    private static boolean invisible(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        int type = Character.getType(c);
        return c == 0x7f || type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
    }

    /**
     * Text fit for a rule name: one line of characters that need no escape anywhere. A quote, a
     * backslash and every control or invisible character are written percent-encoded as UTF-8
     * ({@code %22}, {@code %5C}, {@code %0A}, {@code %E2%80%AE}): Drools' executable model copies
     * rule names into the Java it generates without escaping them, so a quote or a backslash
     * there could end a string literal or start a Unicode escape.
     */
    public static String prose(String value) {
        return encode(value, true);
    }

    private static String encode(String value, boolean quotes) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quotes && (c == '"' || c == '\\') || c < 0x20 || invisible(value, i)) {
                String chars = Character.isSurrogate(c) ? "\uFFFD" : String.valueOf(c);
                for (byte b : chars.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A BigDecimal literal for conditions: {@code 3B}, {@code 0.9B}. */
    public static String number(BigDecimal value) {
        return plain(value) + "B";
    }

    /** A BigDecimal for consequences (Java): {@code new java.math.BigDecimal("3")}. */
    public static String decimal(BigDecimal value) {
        return "new java.math.BigDecimal(\"" + plain(value) + "\")";
    }

    /** A parsed number's digits, re-checked to be only digits, one point and a sign. */
    public static String plain(BigDecimal value) {
        if (!dev.servicestandards.model.internal.Limits.isSupported(value)) {
            throw new IllegalArgumentException("outside the supported range: "
                    + dev.servicestandards.model.internal.Limits.shown(value));
        }
        BigDecimal stripped = value.stripTrailingZeros();
        String plain = (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        if (!plain.matches("-?\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("not a plain number: " + plain);
        }
        return plain;
    }
}
