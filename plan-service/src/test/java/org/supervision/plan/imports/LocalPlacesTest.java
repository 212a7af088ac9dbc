package org.supervision.plan.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocalPlacesTest {

    private final LocalPlaces nanning = LocalPlaces.of(
            new PlanHeader("南宁市2024年优化营商环境攻坚突破行动方案", null, "南宁市人民政府办公室", null, 2024));

    @Test
    void aUnitNamedAfterThePlansOwnPlaceTakesNoCarriedOverPrefix() {
        UnitMention u = nanning.resolve(new UnitMention("市南宁供电局", "南宁供电局等部门", false, true));
        assertEquals("南宁供电局", u.name());
        assertEquals("南宁供电局等部门", u.mention());
    }

    @Test
    void otherUnitsKeepTheirResolvedName() {
        assertEquals("市税务局", nanning.resolve(new UnitMention("市税务局", "税务局", false, false)).name());
        assertEquals("市南宁供电局", nanning.resolve(new UnitMention("市南宁供电局", "市南宁供电局", false, false)).name(),
                "written so, kept so");
    }

    @Test
    void aChainOfPlacesInTheTitleIsRead() {
        LocalPlaces huangpu = LocalPlaces.of(new PlanHeader("广州市黄埔区2024年营商环境改革重点工作安排", null, null, null, 2024));
        assertEquals("黄埔供电局", huangpu.resolve(new UnitMention("区黄埔供电局", "黄埔供电局", false, false)).name());
    }
}
