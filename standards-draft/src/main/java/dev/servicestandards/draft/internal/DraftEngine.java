package dev.servicestandards.draft.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.servicestandards.api.Problem;
import dev.servicestandards.api.SemVer;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.draft.api.Draft;
import dev.servicestandards.draft.api.DraftOptions;
import dev.servicestandards.draft.api.DraftedClause;
import dev.servicestandards.draft.api.Unplaced;

/** Drafts a standard from a document's lines: segment, apply the rules, assemble, write, validate. */
public final class DraftEngine {

    private static final Pattern STANDARD_ID = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
    private static final Pattern TITLE_WORDS = Pattern.compile("标准|规范|规定|办法|指南|制度|细则|准则|规程|公约|承诺"
            + "|(?i:standard|code of|policy|guideline|charter|service level)");
    private static final Pattern DATE_CN = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日起?(?:施行|实施|执行|生效)");
    private static final Pattern DATE_CN_NUMERALS = Pattern.compile("([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日起?(?:施行|实施|执行|生效)");
    private static final Pattern DATE_EN = Pattern.compile("(?i)(?:effective|in force|applies)\\s+(?:from|on|as of)\\s+"
            + "(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2}) ([A-Za-z]+) (\\d{4})|([A-Za-z]+) (\\d{1,2}), (\\d{4}))");
    private static final Pattern PERCENT_ANY = Pattern.compile("\\d+(?:\\.\\d+)?\\s*%|百分之");
    private static final Pattern COUNT_CN = Pattern.compile("(不超过|不得超过|最多|至多|不少于|至少)" + Numbers.CN + "(次|个|人|名|声|遍|户|件)");

    private DraftEngine() {
    }

    /** Drafts from the lines of a document named {@code document}. */
    public static Draft draft(String document, List<SourceLine> lines, DraftOptions options) {
        options.id().ifPresent(id -> {
            if (!STANDARD_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("standard id '" + id
                        + "' is not lowercase words separated by dots or dashes (e.g. cn.telecom.complaint-handling)");
            }
        });
        if (SemVer.parse(options.version()).isEmpty()) {
            throw new IllegalArgumentException("version '" + options.version() + "' is not a semantic version (e.g. 1.0.0)");
        }
        List<Sentence> sentences = Segmenter.sentences(lines);
        String title = title(sentences, document);
        Extraction x = new Extraction(sentences);
        Optional<LocalDate> stated = Optional.empty();
        ChineseRules chinese = new ChineseRules(x, title);
        EnglishRules english = new EnglishRules(x, title);
        for (Sentence s : sentences) {
            if (stated.isEmpty()) {
                stated = date(s.norm());
            }
            if (s.chinese()) {
                chinese.apply(s);
            } else {
                english.apply(s);
            }
        }
        leftovers(x);
        new Assembler(x).run();

        String id = options.id().orElse("draft." + slug(document));
        String effective;
        String effectiveNote = null;
        if (options.effectiveFrom().isPresent()) {
            effective = options.effectiveFrom().get().toString();
        } else if (stated.isPresent()) {
            effective = stated.get().toString();
            effectiveNote = "as the document states";
        } else {
            effective = LocalDate.ofInstant(options.clock().instant(), options.timezone()).toString();
            effectiveNote = "not stated in the document: the day of drafting";
        }
        YamlWriter.Head head = new YamlWriter.Head(document, id, options.version(), title, effective, effectiveNote,
                options.timezone().getId(), sentences.size());

        // The loader has the last word: a clause it rejects is listed as unplaced with its message, never kept.
        for (int round = 0; ; round++) {
            List<Unplaced> unplaced = sorted(x.unplaced);
            String yaml = YamlWriter.write(head, x.clauses, x.scoring, unplaced);
            if (x.clauses.isEmpty()) {
                return draft(document, yaml, null, x, unplaced, sentences.size());
            }
            Standards.Result result = Standards.read(yaml, document + " (draft)");
            if (result.standard().isPresent()) {
                return draft(document, yaml, result.standard().get(), x, unplaced, sentences.size());
            }
            if (round > x.clauses.size() + 2 || !reject(x, result)) {
                throw new IllegalStateException("the drafted YAML does not validate; please report this with the document:\n"
                        + result.report());
            }
        }
    }

    private static Draft draft(String document, String yaml, Standard standard, Extraction x, List<Unplaced> unplaced,
            int sentences) {
        List<DraftedClause> clauses = new ArrayList<>();
        for (ClauseDraft c : x.clauses) {
            clauses.add(new DraftedClause(c.id, c.kind, c.sources, c.confidence, c.notes));
        }
        return new Draft(document, yaml, Optional.ofNullable(standard), clauses, unplaced, sentences);
    }

    /** Removes what the loader rejected (a clause, or the scoring table); false when nothing could be removed. */
    private static boolean reject(Extraction x, Standards.Result result) {
        boolean removed = false;
        List<ClauseDraft> drop = new ArrayList<>();
        for (Problem p : result.report().errors()) {
            String path = p.location().path();
            Matcher m = Pattern.compile("^clauses\\[(\\d+)]").matcher(path == null ? "" : path);
            if (m.find()) {
                int i = Integer.parseInt(m.group(1));
                if (i < x.clauses.size() && !drop.contains(x.clauses.get(i))) {
                    ClauseDraft c = x.clauses.get(i);
                    drop.add(c);
                    x.unplace(c.sources.get(0), "the drafted clause did not validate: " + p.message());
                }
            } else if (path != null && path.startsWith("scoring") && !x.scoring.weights.isEmpty()) {
                x.scoring.sources.forEach(q -> x.unplace(q, "the drafted scoring table did not validate: " + p.message()));
                x.scoring.weights.clear();
                x.scoring.grades.clear();
                removed = true;
            }
        }
        x.clauses.removeAll(drop);
        return removed || !drop.isEmpty();
    }

    private static List<Unplaced> sorted(List<Unplaced> unplaced) {
        List<Unplaced> out = new ArrayList<>(unplaced);
        out.sort(Comparator.comparingInt((Unplaced u) -> u.source().position().paragraph())
                .thenComparingInt(u -> u.source().position().line()));
        return out;
    }

    /** What the rules left of a requirement: durations, percentages and counts unused, prohibitions with nothing drafted. */
    private static void leftovers(Extraction x) {
        for (Sentence s : x.sentences) {
            if (s.kind() == Sentence.Kind.HEADING) {
                continue;
            }
            String norm = s.norm();
            List<Durations.Found> durations = s.chinese() ? Durations.chinese(norm) : Durations.english(norm);
            Matcher percent = PERCENT_ANY.matcher(norm);
            if (x.isDescriptive(s)) {
                if (!durations.isEmpty() || percent.find()) {
                    x.unplace(s, "reads as a statistic or a description, not as an obligation");
                }
                continue;
            }
            for (Durations.Found d : durations) {
                if (!x.isUsed(s, d.start(), d.end())) {
                    int[] part = Extraction.part(norm, d.start());
                    x.unplace(s, part[0], part[1], "a time with no obligation the drafter recognizes (no 'within' with a known event)");
                }
            }
            while (percent.find()) {
                if (!x.isUsed(s, percent.start(), percent.end())) {
                    int[] part = Extraction.part(norm, percent.start());
                    x.unplace(s, part[0], part[1], "a percentage that is not a target the drafter recognizes");
                }
            }
            Matcher count = COUNT_CN.matcher(norm);
            while (count.find()) {
                if (!x.isUsed(s, count.start(), count.end())) {
                    int[] part = Extraction.part(norm, count.start());
                    x.unplace(s, part[0], part[1], "a count limit the drafter could not turn into a clause");
                }
            }
            if (!x.anyUsed(s) && (s.chinese() ? ChineseRules.PROHIBITION : EnglishRules.PROHIBITION).matcher(norm).find()) {
                x.unplace(s, "a prohibition of conduct that tickets and conversations do not record: nothing to check");
            }
        }
    }

    /** The document's title: an early short line that names a standard, else its first short line, else the file name. */
    static String title(List<Sentence> sentences, String document) {
        List<Sentence> early = sentences.subList(0, Math.min(sentences.size(), 40));
        for (Sentence s : early) {
            String t = s.norm().replaceAll("\\.(docx|txt|md)$", "").replaceAll("^[#《]+|》$", "").strip();
            if (t.length() >= 4 && t.length() <= 40 && TITLE_WORDS.matcher(t).find() && !t.matches(".*[,。;!?]$")
                    && !Segmenter.ENUMERATOR.matcher(t).lookingAt()) {
                return t;
            }
        }
        for (Sentence s : early) {
            if (s.norm().length() <= 40 && s.norm().length() >= 2) {
                return s.norm();
            }
        }
        String name = document.replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
        return name.isEmpty() ? "draft" : name;
    }

    static Optional<LocalDate> date(String norm) {
        try {
            Matcher cn = DATE_CN.matcher(norm);
            if (cn.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(cn.group(1)), Integer.parseInt(cn.group(2)),
                        Integer.parseInt(cn.group(3))));
            }
            Matcher cnNumerals = DATE_CN_NUMERALS.matcher(norm);
            if (cnNumerals.find()) {
                StringBuilder year = new StringBuilder();
                for (char c : cnNumerals.group(1).toCharArray()) {
                    year.append(Numbers.parse(String.valueOf(c == '〇' ? '零' : c)).orElseThrow().intValue());
                }
                return Optional.of(LocalDate.of(Integer.parseInt(year.toString()),
                        Numbers.parse(cnNumerals.group(2)).orElseThrow().intValue(),
                        Numbers.parse(cnNumerals.group(3)).orElseThrow().intValue()));
            }
            Matcher en = DATE_EN.matcher(norm);
            if (en.find()) {
                if (en.group(1) != null) {
                    return Optional.of(LocalDate.of(Integer.parseInt(en.group(1)), Integer.parseInt(en.group(2)),
                            Integer.parseInt(en.group(3))));
                }
                String day = en.group(4) != null ? en.group(4) : en.group(8);
                String month = en.group(4) != null ? en.group(5) : en.group(7);
                String year = en.group(4) != null ? en.group(6) : en.group(9);
                for (Month m : Month.values()) {
                    if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(month)) {
                        return Optional.of(LocalDate.of(Integer.parseInt(year), m, Integer.parseInt(day)));
                    }
                }
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** {@code complaint-handling-2025.txt} → {@code complaint-handling-2025}; a name without ASCII letters → {@code standard}. */
    static String slug(String document) {
        String stem = document.replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return stem.isEmpty() ? "standard" : stem;
    }
}
