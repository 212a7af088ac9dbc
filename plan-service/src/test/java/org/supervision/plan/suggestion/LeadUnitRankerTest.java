package org.supervision.plan.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The ranker alone: past measures vote, duties and names speak, and a unit with no evidence is never suggested. */
class LeadUnitRankerTest {

    private static final List<LeadUnitRanker.PastMeasure> PAST = List.of(
            new LeadUnitRanker.PastMeasure("优化纳税服务，推行电子发票，压缩办税时间", List.of("tax")),
            new LeadUnitRanker.PastMeasure("提升不动产登记便利度，推行不动产登记一窗受理", List.of("land")),
            new LeadUnitRanker.PastMeasure("推行不动产登记与税费缴纳一窗办理", List.of("land", "tax")));
    private static final List<LeadUnitRanker.Candidate> UNITS = List.of(
            new LeadUnitRanker.Candidate("tax", "市税务局", List.of()),
            new LeadUnitRanker.Candidate("land", "市自然资源局", List.of()),
            new LeadUnitRanker.Candidate("port", "钦州海关", List.of("通关", "口岸")),
            new LeadUnitRanker.Candidate("idle", "市档案馆", List.of()));

    private final LeadUnitRanker ranker = new LeadUnitRanker(PAST, UNITS);

    @Test
    void theLeadOfTheMostAlikePastMeasureComesFirst() {
        List<LeadUnitRanker.Suggestion> s = ranker.rank("推进不动产登记全程网办", 3);
        assertEquals("land", s.get(0).key());
        assertEquals("市自然资源局", s.get(0).name());
        assertTrue(s.get(0).basis().startsWith("past-measures"), s.get(0).basis());
        assertEquals("tax", ranker.rank("推广电子发票，便利纳税人办税", 3).get(0).key());
    }

    @Test
    void dutyKeywordsSpeakForAUnitNoPastMeasureNames() {
        List<LeadUnitRanker.Suggestion> s = ranker.rank("提高口岸通关效率", 3);
        assertEquals("port", s.get(0).key());
        assertEquals("duties", s.get(0).basis());
    }

    @Test
    void aUnitWithoutEvidenceIsNeverSuggestedAndScoresAreOrderedWithinZeroAndOne() {
        List<LeadUnitRanker.Suggestion> s = ranker.rank("推行不动产登记与税费缴纳、口岸通关一窗办理", 3);
        assertEquals(3, s.size());
        assertTrue(s.stream().noneMatch(x -> x.key().equals("idle")));
        for (int i = 0; i < s.size(); i++) {
            assertTrue(s.get(i).score() > 0 && s.get(i).score() <= 1, s.toString());
            assertTrue(i == 0 || s.get(i - 1).score() >= s.get(i).score(), s.toString());
        }
        assertEquals(2, ranker.rank("推行不动产登记与税费缴纳", 2).size(), "at most the limit");
    }

    @Test
    void textWithNothingToCompareGetsNoSuggestion() {
        assertEquals(List.of(), ranker.rank("2024。1、2", 3));
        assertEquals(List.of(), ranker.rank("", 3));
        assertEquals(List.of(), ranker.rank("组织召开档次很低的闲聊", 3).stream().filter(x -> x.key().equals("idle")).toList());
    }

    @Test
    void bigramsStayWithinRunsOfLetters() {
        assertEquals(Map.of("纳税", 1, "税服", 1, "服务", 1, "发票", 1), TextTerms.counts("纳税服务，发票2024"));
    }
}
