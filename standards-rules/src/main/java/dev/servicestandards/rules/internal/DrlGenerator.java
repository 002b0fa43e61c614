package dev.servicestandards.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.EscalationTier;
import dev.servicestandards.api.Standard;

/**
 * Generates the DRL of a standard from the templates beside this class. The output is
 * deterministic: the same standard gives the same bytes.
 *
 * <p>Security: nothing the standard says reaches the DRL as code. Rules refer to clauses and tiers
 * by number; names in rule titles and comments pass through {@link #safe(String)}, which keeps
 * only letters, digits and {@code ._-}; numeric limits are re-printed from parsed numbers. Internal.
 */
public final class DrlGenerator {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)}");

    private DrlGenerator() {
    }

    /** The DRL of {@code standard}. */
    public static String generate(Standard standard) {
        StringBuilder drl = new StringBuilder();
        drl.append(fill("header", Map.of("standard", safe(standard.id()), "version", safe(standard.version().toString()),
                "package", packageName(standard))));
        List<Clause> clauses = standard.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            String index = Integer.toString(i);
            String name = String.format(Locale.ROOT, "%03d %s", i, safe(clause.id()));
            Map<String, String> values = Map.of("index", index, "id", safe(clause.id()), "name", name);
            if (clause.kind() instanceof ClauseKind.TimeLimit limit) {
                drl.append(fill("time-limit", values));
                List<EscalationTier> tiers = limit.escalation();
                for (int t = 0; t < tiers.size(); t++) {
                    drl.append(fill("escalation-tier", Map.of("index", index, "name", name,
                            "tier", Integer.toString(t), "count", Integer.toString(t + 1),
                            "tierName", safe(tiers.get(t).tier()))));
                }
            } else if (clause.kind() instanceof ClauseKind.Limit limit) {
                boolean atMost = limit.atMost().isPresent();
                String bound = (atMost ? limit.atMost() : limit.atLeast()).get().toPlainString();
                // the template compares with value.compareTo(nB): as exact as value > nB, which Drools
                // evaluates through MVEL on every fact (5% of a 100k-ticket batch, see BENCHMARKS.md)
                drl.append(fill("limit", Map.of("index", index, "id", safe(clause.id()), "name", name,
                        "bound", atMost ? "at-most" : "at-least", "limit", number(bound),
                        "within", atMost ? "<=" : ">=", "beyond", atMost ? ">" : "<")));
            } else if (clause.kind() instanceof ClauseKind.RequiredFields) {
                drl.append(fill("required-fields", values));
            } else if (clause.kind() instanceof ClauseKind.ForbiddenPhrases) {
                drl.append(fill("forbidden-phrases", values));
            } else if (clause.kind() instanceof ClauseKind.RequiredPhrase) {
                drl.append(fill("required-phrase", values));
            } else if (clause.kind() instanceof ClauseKind.Kpi kpi) {
                boolean atLeast = kpi.atLeast().isPresent();
                String target = (atLeast ? kpi.atLeast() : kpi.atMost()).get().toPlainString();
                drl.append(fill("kpi", Map.of("index", index, "id", safe(clause.id()), "name", name,
                        "minSample", Integer.toString(Math.max(1, kpi.minSample())),
                        "bound", atLeast ? "at-least" : "at-most", "target", number(target),
                        "within", atLeast ? ">=" : "<=", "beyond", atLeast ? "<" : ">")));
            }
        }
        return drl.toString();
    }

    /** The DRL package of a standard: its id and version, made into Java identifiers. */
    static String packageName(Standard standard) {
        StringBuilder p = new StringBuilder("dev.servicestandards.generated");
        for (String part : standard.id().split("[.]")) {
            p.append('.').append(identifier(part));
        }
        return p.append('.').append(identifier("v" + standard.version())).toString();
    }

    private static String identifier(String part) {
        StringBuilder out = new StringBuilder();
        for (char c : part.toCharArray()) {
            out.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c : '_');
        }
        if (out.length() == 0 || Character.isDigit(out.charAt(0))) {
            out.insert(0, '_');
        }
        if (javax.lang.model.SourceVersion.isKeyword(out)) {
            out.append('_');
        }
        return out.toString();
    }

    /**
     * A name fit for a DRL rule title or comment: letters and digits (so {@code 投诉.受理} stays
     * readable) and {@code ._-} are kept, every other char is written as {@code uXXXX}: no quote,
     * backslash, line break or control char can get through. Deterministic.
     */
    public static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c) && Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_') {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /** A parsed number re-checked to hold only digits, one point and a sign. */
    private static String number(String plain) {
        if (!plain.matches("-?\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("not a plain number: " + plain);
        }
        return plain;
    }

    private static String fill(String template, Map<String, String> values) {
        String text = template(template);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("template " + template + " has no value for " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String template(String name) {
        try (InputStream in = DrlGenerator.class.getResourceAsStream("templates/" + name + ".drl")) {
            if (in == null) {
                throw new IllegalStateException("missing DRL template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
