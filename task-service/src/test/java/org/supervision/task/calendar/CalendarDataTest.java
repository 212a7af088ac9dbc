package org.supervision.task.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The data format as a clerk meets it: what is accepted, what stops startup, and how an extra file overrides. */
class CalendarDataTest {

    private static CalendarSource parse(String text) {
        return CalendarFileParser.parse("local.txt", new StringReader(text));
    }

    @Test
    void readsYearsEntriesNamesAndComments() {
        CalendarSource source = parse("""
                \uFEFF# 国务院办公厅关于2024年部分节假日安排的通知
                YEAR 2024

                2024-10-01 OFF 国庆节   # trailing comment
                2024-09-29\u3000WORK\u3000国庆节调休上班
                2024-10-12 WORK
                """);
        assertEquals(java.util.Set.of(2024), source.years());
        assertEquals(List.of(
                new CalendarEntry(LocalDate.of(2024, 10, 1), EntryKind.OFF, "国庆节", new SourceLine("local.txt", 4)),
                new CalendarEntry(LocalDate.of(2024, 9, 29), EntryKind.WORK, "国庆节调休上班", new SourceLine("local.txt", 5)),
                new CalendarEntry(LocalDate.of(2024, 10, 12), EntryKind.WORK, "", new SourceLine("local.txt", 6))),
                source.entries());
    }

    @ParameterizedTest(name = "line 3 ''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "2024-10-1 OFF 国庆节      | not a date",
            "2024-02-30 OFF 春节       | not a date",
            "2024-10-01 OF 国庆节      | neither OFF nor WORK",
            "2024-10-01 off 国庆节     | neither OFF nor WORK",
            "2024-10-01 OFF            | needs the holiday's name",
            "2024-10-01                | expected",
            "YEAR 24                   | expected 'YEAR yyyy'",
            "YEAR 2024 2025            | expected 'YEAR yyyy'",
            "YEAR 2024                 | already declared on line 1",
            "2024-05-01 OFF 劳动节      | already listed on line 2"})
    void aMalformedLineFailsNamingFileAndLine(String line, String reason) {
        CalendarDataException e = assertThrows(CalendarDataException.class,
                () -> parse("YEAR 2024\n2024-05-01 OFF 劳动节\n" + line + "\n"));
        assertEquals("local.txt", e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("calendar data local.txt line 3: "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void anEntryOutsideEveryDeclaredYearIsRefused() {
        CalendarDataException e = assertThrows(CalendarDataException.class,
                () -> WorkingDayCalendar.of(List.of(parse("YEAR 2024\n2042-10-01 OFF 国庆节\n"))));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("no 'YEAR 2042' line"), e.getMessage());
    }

    @Test
    void workOnAWeekdayIsRefusedUnlessItCorrectsAnEarlierFile() {
        CalendarDataException e = assertThrows(CalendarDataException.class,
                () -> WorkingDayCalendar.of(List.of(parse("YEAR 2024\n2024-10-09 WORK 国庆节调休上班\n"))));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("Wrong date?"), e.getMessage());

        WorkingDayCalendar corrected = WorkingDayCalendar.of(List.of(CalendarSources.builtIn(),
                parse("2024-10-07 WORK 本地更正\n")));
        assertTrue(corrected.isWorkingDay(LocalDate.of(2024, 10, 7)));
        assertEquals(DayType.WORKDAY, corrected.day(LocalDate.of(2024, 10, 7)).type());
    }

    @Test
    void theShippedFileIsWellFormed() {
        CalendarSource shipped = CalendarSources.builtIn();
        assertEquals(CalendarSources.BUILT_IN, shipped.name());
        assertFalse(shipped.entries().isEmpty());
    }

    @Test
    void anExtraFileOverridesBuiltInEntriesAndAddsYears(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("qinzhou.txt");
        Files.writeString(extra, """
                # 钦州市: a local day off, a correction, and next year's notice ahead of a release
                2024-03-15 OFF 本地纪念日
                2024-10-07 WORK 本地更正
                YEAR 2027
                2027-01-01 OFF 元旦
                """, StandardCharsets.UTF_8);
        WorkingDayCalendar calendar = WorkingDayCalendar.of(List.of(CalendarSources.builtIn(), CalendarSources.file(extra)));

        assertFalse(calendar.isWorkingDay(LocalDate.of(2024, 3, 15)));
        assertEquals(Optional.of("本地纪念日"), calendar.holidayName(LocalDate.of(2024, 3, 15)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 10, 7)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2024, 10, 6))); // the rest of the break stays
        assertTrue(calendar.covers(2027));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertEquals(251, calendar.workingDaysBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void aMalformedExtraFileNamesItsPathAndLine(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("local.txt");
        Files.writeString(extra, "# ok\n2024-13-01 OFF 本地\n", StandardCharsets.UTF_8);
        CalendarDataException e = assertThrows(CalendarDataException.class, () -> CalendarSources.file(extra));
        assertEquals(extra.toString(), e.file());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains(extra + " line 2"), e.getMessage());
    }

    @Test
    void aConfiguredButMissingExtraFileIsAnError(@TempDir Path dir) {
        CalendarDataException e = assertThrows(CalendarDataException.class,
                () -> CalendarSources.file(dir.resolve("missing.txt")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }
}
