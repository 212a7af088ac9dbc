package org.supervision.task.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDayTextTest {

    @ParameterizedTest(name = "{0} → {1} {2} within={3}")
    @CsvSource({
            "5个工作日, 5, WORKING, false",
            "五个工作日, 5, WORKING, false",
            "3个工作日内, 3, WORKING, true",
            "10个自然日, 10, NATURAL, false",
            "十五个工作日以内, 15, WORKING, true",
            "两个工作日, 2, WORKING, false",
            "二十个日历日, 20, NATURAL, false",
            "一百零五个自然日, 105, NATURAL, false",
            "５个工作日, 5, WORKING, false",
            "' 7 个 工作日 ', 7, WORKING, false",
            "30工作日, 30, WORKING, false"})
    void parsesDayCounts(String text, int count, DayCount.Kind kind, boolean within) {
        assertEquals(Optional.of(new DayCount(count, kind, within)), WorkingDayText.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "五个工作", "5个月", "5天", "五五个工作日", "十十个工作日", "5个工作日报送", "约5个工作日", "-5个工作日"})
    void refusesWhatItCannotReadWithCertainty(String text) {
        assertEquals(Optional.empty(), WorkingDayText.parse(text));
    }

    @Test
    void nullIsNothing() {
        assertEquals(Optional.empty(), WorkingDayText.parse(null));
        assertEquals(Optional.empty(), WorkingDayText.find(null));
    }

    @Test
    void findsTheFirstCountInASentence() {
        assertEquals(Optional.of(new DayCount(5, DayCount.Kind.WORKING, true)),
                WorkingDayText.find("各单位于收到通知后5个工作日内报送，逾期10个自然日通报"));
        assertEquals(Optional.of(new DayCount(10, DayCount.Kind.NATURAL, false)),
                WorkingDayText.find("2024年起10个自然日"));
        assertEquals(Optional.of(new DayCount(5, DayCount.Kind.WORKING, false)), WorkingDayText.find("统一5个工作日"));
        assertEquals(Optional.empty(), WorkingDayText.find("尽快报送"));
    }

    @Test
    void chineseNumbers() {
        assertEquals(OptionalInt.of(10), WorkingDayText.chineseNumber("十"));
        assertEquals(OptionalInt.of(21), WorkingDayText.chineseNumber("二十一"));
        assertEquals(OptionalInt.of(200), WorkingDayText.chineseNumber("两百"));
        assertEquals(OptionalInt.of(0), WorkingDayText.chineseNumber("零"));
        assertEquals(OptionalInt.empty(), WorkingDayText.chineseNumber("百十百"));
    }

    @Test
    void aDayCountGivesADeadline() {
        WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();
        LocalDate friday = LocalDate.of(2024, 9, 27);
        assertEquals(LocalDate.of(2024, 10, 8), WorkingDayText.parse("3个工作日").orElseThrow().deadlineAfter(friday, calendar));
        assertEquals(LocalDate.of(2024, 10, 7), WorkingDayText.parse("10个自然日").orElseThrow().deadlineAfter(friday, calendar));
    }
}
