package dev.servicestandards.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.servicestandards.api.Standard;
import dev.servicestandards.internal.report.ReportValues;
import dev.servicestandards.internal.report.TerminalText;
import dev.servicestandards.rules.api.Escalation;
import dev.servicestandards.rules.api.LiveEvent;
import dev.servicestandards.rules.api.LiveEvents;
import dev.servicestandards.rules.api.LiveMonitor;
import dev.servicestandards.rules.api.RuleSets;

/** {@code standards monitor --standard FILE --facts EVENTS.jsonl --replay}: escalations as JSON lines. */
@Command(name = "monitor", mixinStandardHelpOptions = true, description = "Replay timestamped events through the live monitor on a replay clock; "
        + "print each escalation as a JSON line at the instant it fires.")
final class MonitorCommand implements Callable<Integer> {

    @Option(names = "--standard", required = true, paramLabel = "FILE", description = "Standard file (YAML).")
    Path standardFile;

    @Option(names = "--facts", required = true, paramLabel = "EVENTS.jsonl", description = "Event lines; '-' for stdin.")
    String eventsFile;

    @Option(names = "--replay", required = true, description = "Replay the events on a replay clock (the only mode of the command line).")
    boolean replay;

    @Option(names = "--until", paramLabel = "INSTANT", description = "Let the replay clock run on to this instant (default: the last event).")
    String until;

    @ParentCommand
    StandardsCommand root;

    @picocli.CommandLine.Mixin
    CalendarOption calendars;

    @Spec
    CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CliText text = root.text();
        Standard standard = Inputs.standard(standardFile, calendars.data(err, text), err, text);
        if (standard == null) {
            return StandardsCommand.USAGE;
        }
        List<LiveEvent> events = new ArrayList<>();
        try (Reader in = Inputs.open(eventsFile, root.in())) {
            LiveEvents.readJsonLines(in, events::add, r -> err.println(
                    TerminalText.escape(text.get("rejected", eventsFile, r.line(), r.reason(text.locale())))));
        }
        if (events.isEmpty()) {
            return 0;
        }
        events.sort(Comparator.comparing(e -> e.event().at())); // stable: equal instants keep file order
        Instant start = events.get(0).event().at();
        Instant end = until == null ? events.get(events.size() - 1).event().at()
                : Inputs.instant(until, Clock.systemUTC(), spec.commandLine(), text, "bad-until");
        // --until is read within the supported years (bad-until-range), and so are the events
        try (LiveMonitor monitor = RuleSets.compile(standard).monitor(Clock.fixed(start, ZoneOffset.UTC),
                e -> print(e, standard, out))) {
            for (LiveEvent e : events) {
                if (e.event().at().isAfter(end)) {
                    break; // the replay stops at --until: later events have not happened yet
                }
                monitor.accept(e);
            }
            monitor.advanceTo(end);
        }
        out.flush();
        return 0;
    }

    private static void print(Escalation e, Standard standard, PrintWriter out) {
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("at", ReportValues.instant(e.at(), standard.timezone()));
            g.writeStringField("standard", e.standard());
            g.writeStringField("version", e.version());
            g.writeStringField("clause", e.clause());
            g.writeStringField("fact", e.fact());
            g.writeStringField("tier", e.tier());
            if (e.clock() > 0) {
                g.writeNumberField("clock", e.clock());
            }
            g.writeEndObject();
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        out.println();
        out.flush();
    }
}
