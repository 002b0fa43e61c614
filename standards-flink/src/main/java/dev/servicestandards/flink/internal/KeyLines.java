package dev.servicestandards.flink.internal;

import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/** Keys each live-event line by its fact; a line without a fact id or instant goes to the rejected lines. Internal. */
public final class KeyLines extends ProcessFunction<String, EventLine> {

    private static final long serialVersionUID = 1L;

    @Override
    public void processElement(String line, Context ctx, Collector<EventLine> out) {
        if (line.isBlank()) {
            return;
        }
        EventLine keyed = EventLines.key(line);
        if (keyed == null) {
            ctx.output(EscalationFunction.REJECTED, EscalationFunction.rejection(null, EventLines.reason(line)));
        } else {
            out.collect(keyed);
        }
    }
}
