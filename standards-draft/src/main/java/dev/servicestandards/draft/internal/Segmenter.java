package dev.servicestandards.draft.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.servicestandards.draft.api.Position;

/**
 * Cuts a document's lines into sentences. Lines broken in the middle of a sentence (as text pasted from a web
 * page or a PDF is) are joined; list items, headings and table rows start sentences of their own; a sentence
 * ends at 。！？!? outside quotes and brackets, or at ". " in English; a semicolon does not end a sentence,
 * so an item of a standard ("…；超时24小时仍未受理的，上报分公司；…") is quoted whole.
 */
public final class Segmenter {

    /** A section number or list marker at the start of a line: 第三章, 一、, (二), 1.2, 3、, ⑴, ①, a), -, •. */
    static final Pattern ENUMERATOR = Pattern.compile("^(?:第[一二三四五六七八九十百零〇\\d]+[章节条篇部分]"
            + "|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}(?:[.．]\\d{1,2})+[、.．]?"
            + "|\\d{1,2}[、.．)）](?!\\d)|\\d{1,2}\\s|[⑴-⒇①-⑳]|[a-zA-Z][.)、]\\s?|[-*•·●▪◆■□▶])\\s*");
    /** Numbering that only sections use: 第三章, 一、, (二), 1.2. */
    private static final Pattern SECTION = Pattern.compile("^(?:第[一二三四五六七八九十百零〇\\d]+[章节条篇部分]|[一二三四五六七八九十]+[、.．]"
            + "|[(（][一二三四五六七八九十]{1,3}[)）]|\\d{1,2}(?:[.．]\\d{1,2})+)");
    private static final Pattern TERMINAL_END = Pattern.compile(".*[。！？!?；;:：]$");
    private static final Pattern NO_PUNCTUATION = Pattern.compile("[^，。,.:：;；!?！？“”\"]*");

    private Segmenter() {
    }

    /** The sentences of the document, in order. */
    public static List<Sentence> sentences(List<SourceLine> lines) {
        List<Unit> units = units(lines);
        List<Sentence> out = new ArrayList<>();
        String section = "";
        String intro = "";
        for (Unit unit : units) {
            String unitNorm = Text.normalize(unit.text.toString());
            Sentence.Kind kind = unit.kind;
            if (kind == Sentence.Kind.TEXT && isHeadingLike(unitNorm)) {
                kind = Sentence.Kind.HEADING;
            } else if (kind == Sentence.Kind.ITEM && unit.headingLike
                    && (SECTION.matcher(unitNorm).lookingAt() || !intro.endsWith(":") || sameNumbering(unitNorm, intro))) {
                // a short numbered line is a section title, unless a lead-in ending with a colon opened a list
                kind = Sentence.Kind.HEADING;
            }
            if (kind == Sentence.Kind.HEADING) {
                section = unitNorm;
                intro = unitNorm;
                out.add(sentence(out.size(), unit, 0, unit.text.length(), kind, section, intro));
                continue;
            }
            if (kind == Sentence.Kind.TABLE_ROW) {
                out.add(sentence(out.size(), unit, 0, unit.text.length(), kind, section, intro));
                continue;
            }
            List<int[]> spans = split(unit.text.toString());
            for (int[] span : spans) {
                Sentence s = sentence(out.size(), unit, span[0], span[1], kind, section,
                        kind == Sentence.Kind.ITEM || unit.followsIntro ? intro : "");
                if (!s.norm().isEmpty()) {
                    out.add(s);
                }
            }
            // a lead-in ends with a colon: the items that follow belong to it
            if (unitNorm.endsWith(":")) {
                intro = unitNorm;
            } else if (kind == Sentence.Kind.TEXT && !unit.followsIntro) {
                intro = section;
            }
        }
        return out;
    }

    /** Whether two lines are numbered alike (7、 and 8、, ⑴ and ⑵): the second is a sibling of the first, not its item. */
    static boolean sameNumbering(String a, String b) {
        var ma = ENUMERATOR.matcher(a);
        var mb = ENUMERATOR.matcher(b);
        if (!ma.lookingAt() || !mb.lookingAt()) {
            return false;
        }
        return style(ma.group().strip()).equals(style(mb.group().strip()));
    }

    private static String style(String enumerator) {
        return enumerator.replaceAll("\\d+", "9").replaceAll("[一二三四五六七八九十]+", "九").replaceAll("[⑴-⒇]", "⑴")
                .replaceAll("[①-⑳]", "①").replaceAll("[a-zA-Z]", "a");
    }

    /** A short line with a section number and no sentence punctuation, or a short line with no punctuation at all. */
    static boolean isHeadingLike(String norm) {
        var m = ENUMERATOR.matcher(norm);
        String rest = m.lookingAt() ? norm.substring(m.end()) : norm;
        boolean enumerated = m.lookingAt() && !norm.startsWith("-") && !norm.startsWith("*") && !norm.startsWith("•");
        if (rest.isEmpty()) {
            return false;
        }
        if (enumerated && rest.length() <= 24 && !rest.matches(".*[。!?;,，].*")) {
            return true;
        }
        if (!enumerated && !Text.hasHan(norm)) {
            // an English title: short, no closing punctuation, every long word capitalized
            return norm.length() <= 60 && !norm.matches(".*[.;:,!?]$")
                    && java.util.Arrays.stream(norm.split("\\s+")).allMatch(w -> w.length() <= 3 || Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0)));
        }
        return !enumerated && norm.length() <= 20 && NO_PUNCTUATION.matcher(norm).matches() && Text.hasHan(norm)
                && !norm.matches(".*\\d.*");
    }

    private static final class Unit {
        final int paragraph;
        final Sentence.Kind kind;
        final StringBuilder text = new StringBuilder();
        /** The line each character of {@code text} came from. */
        final List<int[]> lineStarts = new ArrayList<>();
        boolean followsIntro;
        boolean headingLike;

        Unit(int paragraph, Sentence.Kind kind) {
            this.paragraph = paragraph;
            this.kind = kind;
        }

        void append(String s, int line) {
            lineStarts.add(new int[] {text.length(), line});
            text.append(s);
        }

        int lineAt(int offset) {
            int line = lineStarts.get(0)[1];
            for (int[] ls : lineStarts) {
                if (ls[0] <= offset) {
                    line = ls[1];
                }
            }
            return line;
        }
    }

    private static List<Unit> units(List<SourceLine> lines) {
        List<Unit> units = new ArrayList<>();
        Unit current = null;
        boolean previousWasIntro = false;
        for (SourceLine line : lines) {
            String norm = Text.normalize(line.text());
            Sentence.Kind kind = switch (line.kind()) {
                case HEADING -> Sentence.Kind.HEADING;
                case ITEM -> Sentence.Kind.ITEM;
                case TABLE_ROW -> Sentence.Kind.TABLE_ROW;
                case TEXT -> ENUMERATOR.matcher(norm).lookingAt() ? Sentence.Kind.ITEM : Sentence.Kind.TEXT;
            };
            boolean continues = current != null && current.paragraph == line.paragraph()
                    && kind == Sentence.Kind.TEXT && current.kind != Sentence.Kind.HEADING
                    && current.kind != Sentence.Kind.TABLE_ROW && !current.headingLike
                    && !isHeadingLike(norm)
                    && !TERMINAL_END.matcher(Text.normalize(current.text.toString())).matches();
            if (continues) {
                // a line broken mid-sentence: Chinese joins without a space, other text with one
                String before = current.text.toString();
                boolean han = !before.isEmpty() && (Text.isHan(before.codePointBefore(before.length())) || Text.hasHan(line.text().substring(0, Math.min(1, line.text().length()))));
                current.append(han ? line.text() : " " + line.text(), line.line());
                continue;
            }
            current = new Unit(line.paragraph(), kind);
            current.headingLike = kind != Sentence.Kind.TABLE_ROW && isHeadingLike(norm);
            current.followsIntro = previousWasIntro && kind != Sentence.Kind.HEADING;
            current.append(line.text(), line.line());
            units.add(current);
            previousWasIntro = norm.endsWith(":") || (previousWasIntro && kind == Sentence.Kind.ITEM);
        }
        return units;
    }

    /** Sentence spans of a unit's text: ends at terminal punctuation outside quotes and brackets. */
    static List<int[]> split(String text) {
        List<int[]> spans = new ArrayList<>();
        int depth = 0;
        boolean asciiQuote = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '“', '「', '『', '《', '(', '（', '【', '‘' -> depth++;
                case '”', '」', '』', '》', ')', '）', '】', '’' -> depth = Math.max(0, depth - 1);
                case '"' -> asciiQuote = !asciiQuote;
                default -> {
                }
            }
            if (depth > 0 || asciiQuote) {
                continue;
            }
            boolean end = c == '。' || c == '！' || c == '？'
                    || ((c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ' || Text.isHan(text.charAt(i + 1))))
                    || (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ' && i > 0 && !Character.isDigit(text.charAt(i - 1))
                        && !text.substring(Math.max(0, i - 4), i).matches(".*\\b(e\\.g|i\\.e|etc|No|art|Art)$"));
            if (end) {
                // keep closing quotes right after the mark with the sentence
                int stop = i + 1;
                while (stop < text.length() && "”’」』)）\"".indexOf(text.charAt(stop)) >= 0) {
                    stop++;
                }
                add(spans, text, start, stop);
                start = stop;
                i = stop - 1;
            }
        }
        add(spans, text, start, text.length());
        return spans;
    }

    private static void add(List<int[]> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start < end && !text.substring(start, end).isBlank()) {
            spans.add(new int[] {start, end});
        }
    }

    private static Sentence sentence(int index, Unit unit, int start, int end, Sentence.Kind kind, String section,
            String intro) {
        String text = unit.text.substring(start, end).strip();
        return new Sentence(index, text, Text.normalize(text), new Position(unit.paragraph, unit.lineAt(start)), kind,
                section, intro);
    }
}
