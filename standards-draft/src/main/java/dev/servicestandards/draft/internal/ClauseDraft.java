package dev.servicestandards.draft.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.servicestandards.model.TimeAllowance;
import dev.servicestandards.draft.api.Confidence;
import dev.servicestandards.draft.api.SourceQuote;

/** A clause while it is being drafted: filled by the rules, completed by the assembler, written by the writer. */
final class ClauseDraft {

    /** What a clause is about, which decides its id, its scoring dimension and what penalties name it by. */
    enum Category { TIME_LIMIT, FORBIDDEN, GREETING, FAREWELL, RINGS, COUNT, FIELDS, KPI }

    /** A tier as the YAML writes it. */
    record Tier(String at, String tier, java.math.BigDecimal percent, java.time.Duration offset) {
    }

    /** A penalty as the YAML writes it. */
    static final class Penalty {
        BigDecimal points;
        String per;
        BigDecimal max;
        BigDecimal amount;
        SourceQuote source;
    }

    final Category category;
    final String kind;
    final Sentence sentence;
    String id;
    String idHint;
    String title;
    String subject;
    final Map<String, List<String>> appliesTo = new LinkedHashMap<>();
    String dimension;
    String severity;
    Penalty penalty;

    // time-limit
    String from;
    String to;
    /** The document's word for the stop event, e.g. 受理; penalties and KPIs find the clause by it. */
    String toWord;
    TimeAllowance within;
    boolean workdays;
    /** Whether waiting time is left out (不计入处理时限): a pause between 'suspended' and 'resumed'. */
    boolean pause;
    /** The area a selector names (urban, rural), which the id also carries. */
    String area;
    final List<Tier> tiers = new ArrayList<>();

    // phrases
    final List<String> phrases = new ArrayList<>();
    String position;

    // limit
    String attribute;
    String bound;
    BigDecimal value;

    // required-fields
    final List<String> fields = new ArrayList<>();

    // kpi
    String measure;          // clause | attribute | average
    String measureRef;       // a clause id, an attribute, or the word of the clause to find (see measureWord)
    String measureWord;      // for a rate of a clause: the document's word of its event (受理, 铃)
    String measureEquals;
    final Map<String, List<String>> among = new LinkedHashMap<>();
    String groupBy;
    String period;
    String target;           // e.g. 90% or 4.5

    final List<SourceQuote> sources = new ArrayList<>();
    Confidence confidence = Confidence.HIGH;
    final List<String> notes = new ArrayList<>();

    ClauseDraft(Category category, String kind, Sentence sentence) {
        this.category = category;
        this.kind = kind;
        this.sentence = sentence;
        this.sources.add(sentence.quote());
    }

    /** Lowers the confidence to at most {@code c} and says why. */
    void doubt(Confidence c, String note) {
        if (c.compareTo(confidence) > 0) {
            confidence = c;
        }
        if (note != null && !notes.contains(note)) {
            notes.add(note);
        }
    }

    void addSource(SourceQuote quote) {
        if (!sources.contains(quote)) {
            sources.add(quote);
        }
    }
}
