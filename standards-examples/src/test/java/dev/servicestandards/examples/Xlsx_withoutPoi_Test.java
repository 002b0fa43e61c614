package dev.servicestandards.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.ReportOptions;

/**
 * This module depends on the library as an application does, without Apache POI (an optional
 * dependency of standards-core): writing xlsx says what is missing, and every other format works.
 */
class Xlsx_withoutPoi_Test {

    private static Report report() {
        return new Report(List.of(new Report.StandardRef("cn.test", "1.0.0")), Instant.EPOCH,
                java.time.ZoneId.of("Asia/Shanghai"), List.of(), new Report.Summary(0, 0, 0, 0, 0), List.of());
    }

    @Test
    void poi_is_not_on_this_class_path() {
        assertThatThrownBy(() -> Class.forName("org.apache.poi.xssf.streaming.SXSSFWorkbook"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void xlsx_says_what_is_missing(@TempDir Path dir) {
        assertThatThrownBy(() -> ReportFormat.XLSX.write(report(), ReportOptions.DEFAULT, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("writing xlsx needs org.apache.poi:poi-ooxml on the class path");
        assertThatThrownBy(() -> ReportFormat.XLSX.write(report(), ReportOptions.DEFAULT, dir.resolve("r.xlsx")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(dir.resolve("r.xlsx")).doesNotExist();
    }

    @Test
    void csv_needs_no_spreadsheet_library(@TempDir Path dir) throws Exception {
        ReportFormat.CSV.write(report(), ReportOptions.DEFAULT, dir);
        assertThat(dir.resolve("findings.csv")).exists();
    }
}
