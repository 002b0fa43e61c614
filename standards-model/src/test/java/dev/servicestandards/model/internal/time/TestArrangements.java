package dev.servicestandards.model.internal.time;

import dev.servicestandards.model.BusinessCalendar;

/**
 * The official PRC arrangements of 2024 to 2026, stated the way a generated rule set states them,
 * for tests of the calendar arithmetic (the library's shipped data is checked against an
 * independent source in standards-core).
 */
final class TestArrangements {

    private TestArrangements() {
    }

    /** {@code builder} with the cn-official arrangements of 2024, 2025 and 2026. */
    static BusinessCalendar.Builder cn2024to2026(BusinessCalendar.Builder builder) {
        return builder.official("cn-official")
                .arrangement(2024, "国务院办公厅关于2024年部分节假日安排的通知")
                    .holiday("元旦", "2024-01-01").holiday("春节", "2024-02-10..2024-02-17")
                    .holiday("清明节", "2024-04-04..2024-04-06").holiday("劳动节", "2024-05-01..2024-05-05")
                    .holiday("端午节", "2024-06-10").holiday("中秋节", "2024-09-15..2024-09-17")
                    .holiday("国庆节", "2024-10-01..2024-10-07")
                    .workday("春节调休", "2024-02-04", "2024-02-18").workday("清明节调休", "2024-04-07")
                    .workday("劳动节调休", "2024-04-28", "2024-05-11").workday("中秋节调休", "2024-09-14")
                    .workday("国庆节调休", "2024-09-29", "2024-10-12")
                .end()
                .arrangement(2025, "国务院办公厅关于2025年部分节假日安排的通知")
                    .holiday("元旦", "2025-01-01").holiday("春节", "2025-01-28..2025-02-04")
                    .holiday("清明节", "2025-04-04..2025-04-06").holiday("劳动节", "2025-05-01..2025-05-05")
                    .holiday("端午节", "2025-05-31..2025-06-02").holiday("国庆节、中秋节", "2025-10-01..2025-10-08")
                    .workday("春节调休", "2025-01-26", "2025-02-08").workday("劳动节调休", "2025-04-27")
                    .workday("国庆节调休", "2025-09-28", "2025-10-11")
                .end()
                .arrangement(2026, "国务院办公厅关于2026年部分节假日安排的通知")
                    .holiday("元旦", "2026-01-01..2026-01-03").holiday("春节", "2026-02-15..2026-02-23")
                    .holiday("清明节", "2026-04-04..2026-04-06").holiday("劳动节", "2026-05-01..2026-05-05")
                    .holiday("端午节", "2026-06-19..2026-06-21").holiday("中秋节", "2026-09-25..2026-09-27")
                    .holiday("国庆节", "2026-10-01..2026-10-07")
                    .workday("元旦调休", "2026-01-04").workday("春节调休", "2026-02-14", "2026-02-28")
                    .workday("劳动节调休", "2026-05-09").workday("国庆节调休", "2026-09-20", "2026-10-10")
                .end();
    }
}
