package dev.servicestandards.draft.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Numbers as documents write them: 48, 4.5, 四, 四十八, 两, 一百, 九十九点五, forty-eight. */
public final class Numbers {

    /** A number token in Chinese text: Arabic digits (with decimals) or Chinese numerals. */
    public static final String CN = "(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)";

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(Map.entry('零', 0), Map.entry('〇', 0),
            Map.entry('一', 1), Map.entry('二', 2), Map.entry('两', 2), Map.entry('三', 3), Map.entry('四', 4),
            Map.entry('五', 5), Map.entry('六', 6), Map.entry('七', 7), Map.entry('八', 8), Map.entry('九', 9));

    private static final Map<String, Integer> ENGLISH = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("hundred", 100), Map.entry("a", 1), Map.entry("an", 1), Map.entry("half", 0));

    /** An English number: digits or words up to ninety-nine, and "one hundred". */
    public static final String EN = "(\\d+(?:\\.\\d+)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|one hundred|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))";

    private Numbers() {
    }

    /** The value of a Chinese or Arabic number token, if it is one. */
    public static Optional<BigDecimal> parse(String token) {
        String t = token.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.matches("\\d+(?:\\.\\d+)?")) {
            return Optional.of(new BigDecimal(t));
        }
        String whole = t;
        String fraction = "";
        int point = t.indexOf('点');
        if (point >= 0) {
            whole = t.substring(0, point);
            fraction = t.substring(point + 1);
        }
        Optional<Long> w = chinese(whole);
        if (w.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder();
        for (char c : fraction.toCharArray()) {
            Integer d = DIGITS.get(c);
            if (d == null) {
                return Optional.empty();
            }
            digits.append(d);
        }
        return Optional.of(new BigDecimal(w.get() + (digits.length() == 0 ? "" : "." + digits)));
    }

    /** 十=10, 十二=12, 二十四=24, 一百=100, 一百二十=120, 三千=3000; also digit strings like 二四 are refused. */
    static Optional<Long> chinese(String s) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        long total = 0;
        long digit = -1;
        boolean any = false;
        for (char c : s.toCharArray()) {
            Integer d = DIGITS.get(c);
            if (d != null) {
                if (digit >= 0 && digit != 0) {
                    return Optional.empty();
                }
                digit = d;
                any = true;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return Optional.empty();
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
            any = true;
        }
        if (digit > 0) {
            total += digit;
        }
        return any ? Optional.of(total) : Optional.empty();
    }

    /** The value of an English number token (digits or words). */
    public static Optional<BigDecimal> english(String token) {
        String t = token.strip().toLowerCase(Locale.ROOT);
        if (t.matches("\\d+(?:\\.\\d+)?")) {
            return Optional.of(new BigDecimal(t));
        }
        int total = 0;
        for (String part : t.split("[- ]+")) {
            Integer v = ENGLISH.get(part);
            if (v == null) {
                return Optional.empty();
            }
            total = v == 100 ? Math.max(1, total) * 100 : total + v;
        }
        return Optional.of(BigDecimal.valueOf(total));
    }
}
