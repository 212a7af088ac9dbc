package org.supervision.task.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.supervision.task.calendar.WorkingDayCalendar;

/**
 * {@link DueDates} against the one table of reporting due dates both services are tested with
 * (contracts/src/test/resources/cases/report-due-dates.csv); notification-service's ReportDueDates reads it too.
 */
class DueDatesCasesTest {

    static final Path CASES = Path.of("..", "contracts", "src", "test", "resources", "cases", "report-due-dates.csv");

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.chinaMainland();

    static Stream<String> cases() throws IOException {
        List<String> lines = Files.readAllLines(CASES, StandardCharsets.UTF_8);
        return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("frequency,"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dueDatesAreTheTables(String line) {
        String[] c = line.split(",");
        DueDates dueDates = new DueDates(Frequency.valueOf(c[0]), Integer.parseInt(c[1]), CALENDAR);
        LocalDate today = LocalDate.parse(c[2]);
        assertEquals(LocalDate.parse(c[3]), dueDates.lastPassed(today), "last passed");
        assertEquals(LocalDate.parse(c[4]), dueDates.next(today), "next");
    }
}
