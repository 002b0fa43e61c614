package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One year of an official holiday arrangement, as a government publishes it (for China, the State
 * Council General Office's yearly notice 国务院办公厅关于部分节假日安排的通知): the public holidays
 * and the make-up working days (调休). A date of a neighbouring year may appear when the notice
 * lists it (a New Year holiday that starts on 30 December). Immutable.
 *
 * @param year     the year the notice arranges
 * @param notice   the notice the dates come from (title, number, date of issue)
 * @param holidays each non-working date and the holiday it belongs to, e.g. 春节
 * @param workdays each make-up working date and what it makes up for, e.g. 春节调休
 */
public record Arrangement(int year, String notice, Map<LocalDate, String> holidays, Map<LocalDate, String> workdays) {

    public Arrangement {
        requireNonNull(notice, "notice");
        holidays = Collections.unmodifiableMap(new TreeMap<>(holidays));
        workdays = Collections.unmodifiableMap(new TreeMap<>(workdays));
        for (LocalDate date : workdays.keySet()) {
            if (holidays.containsKey(date)) {
                throw new IllegalArgumentException(date + " is both a holiday and a make-up working day in " + year);
            }
        }
    }
}
