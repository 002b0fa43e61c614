package dev.servicestandards.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

import dev.servicestandards.api.CalendarData;
import dev.servicestandards.api.Problem;

/**
 * {@code --calendars DIR}: official calendar data of the application (docs/calendars.md), layered
 * over the data the library ships, for every command that loads standards.
 */
final class CalendarOption {

    @Option(names = "--calendars", paramLabel = "DIR",
            description = "Folder of calendar data files (*.yaml) adding or correcting official holiday arrangements, "
                    + "e.g. a year the library does not ship yet; may be given more than once (later folders win).")
    List<Path> folders = new ArrayList<>();

    /** The shipped data with every folder's over it; null, after printing every problem, if a file is invalid. */
    CalendarData data(PrintWriter err, CliText text) {
        CalendarData data = CalendarData.builtIn();
        boolean valid = true;
        for (Path folder : folders) {
            CalendarData.Result read = CalendarData.readFolder(folder);
            for (Problem p : read.report().problems()) {
                err.println(dev.servicestandards.internal.report.TerminalText.escape(p.toString(text.locale())));
            }
            if (read.data().isPresent()) {
                data = data.with(read.data().get());
            } else {
                valid = false;
            }
        }
        return valid ? data : null;
    }
}
