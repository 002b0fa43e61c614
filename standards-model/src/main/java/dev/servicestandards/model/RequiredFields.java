package dev.servicestandards.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A required-fields clause: attributes a fact must have and not leave blank. Its rules test each
 * field themselves; the clause names the missing ones as evidence. Immutable.
 */
public final class RequiredFields extends Clause {

    private final List<String> fields;

    private RequiredFields(Head head, List<String> fields) {
        super(head);
        this.fields = List.copyOf(fields);
    }

    /** A required-fields clause on {@code fields}. */
    public static RequiredFields of(Head head, String... fields) {
        return new RequiredFields(head, List.of(fields));
    }

    public List<String> getFields() {
        return fields;
    }

    /** The fields {@code fact} lacks or leaves blank, in the clause's order. */
    public List<String> missing(Fact fact) {
        List<String> out = new ArrayList<>(2);
        for (String field : fields) {
            if (fact.blank(field)) {
                out.add(field);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String getLimit() {
        return null;
    }
}
