package dev.servicestandards.internal.load;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import dev.servicestandards.api.CalendarData;
import dev.servicestandards.model.Arrangement;

/**
 * Writes one region of calendar data in the calendar data format, as JSON (which is YAML too):
 * {@link CalendarDataParser} reads it back to equal data. Internal.
 */
public final class CalendarDataWriter {

    private CalendarDataWriter() {
    }

    /** The file of {@code region}'s years in {@code data}. */
    public static String write(CalendarData data, String region) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("region", region);
            g.writeObjectFieldStart("years");
            for (Arrangement a : data.arrangements(region).values()) {
                g.writeObjectFieldStart(Integer.toString(a.year()));
                g.writeStringField("notice", a.notice());
                names(g, "holidays", a.holidays());
                names(g, "workdays", a.workdays());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString() + "\n";
    }

    private static void names(JsonGenerator g, String field, Map<java.time.LocalDate, String> dates) throws IOException {
        if (dates.isEmpty()) {
            return;
        }
        Map<String, List<java.time.LocalDate>> byName = new java.util.LinkedHashMap<>();
        dates.forEach((d, name) -> byName.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(d));
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, List<java.time.LocalDate>> e : byName.entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (java.time.LocalDate d : e.getValue()) {
                g.writeString(d.toString());
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
