package org.supervision.plan.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class UnitIndexTest {

    private final Unit fgw = unit("市发展改革委", "市发改委", "市发展和改革委员会");
    private final Unit rsj = unit("市人力资源社会保障局", "市人社局");
    private final Unit swj = unit("市商务局");
    private final Unit old = unit("市经贸委");
    private final UnitGroup counties = group("各县区人民政府", "各县（区）人民政府");
    private final UnitIndex index;

    UnitIndexTest() {
        old.status = UnitStatus.RETIRED;
        index = new UnitIndex(List.of(fgw, rsj, swj, old), List.of(counties));
    }

    @Test
    void aNameOrAnyAliasResolvesToTheUnit() {
        assertEquals(fgw.id, index.resolve("市发展改革委").unitId());
        assertEquals(fgw.id, index.resolve("市发改委").unitId());
        assertEquals(fgw.id, index.resolve("市发展和改革委员会").unitId());
    }

    @Test
    void theCityPrefixLeftOutOrWrittenInFullStillResolves() {
        assertEquals(swj.id, index.resolve("商务局").unitId());
        assertEquals(swj.id, index.resolve("钦州市商务局").unitId());
        assertEquals(rsj.id, index.resolve("人社局").unitId());
    }

    @Test
    void aBracketedSecondNameFallsBackToTheFirst() {
        assertEquals(fgw.id, index.resolve("市发展改革委(市大数据发展局)").unitId());
    }

    @Test
    void groupsResolveInEitherBracketForm() {
        assertEquals(counties.id, index.resolve("各县(区)人民政府").groupId());
        assertNull(index.resolve("各县(区)人民政府").unitId());
    }

    @Test
    void theMentionIsTriedWhenTheNameIsUnknown() {
        assertEquals(rsj.id, index.resolve("市人社厅", "人社局").unitId());
    }

    @Test
    void retiredAndUnknownUnitsDoNotResolve() {
        assertFalse(index.resolve("市经贸委").isResolved());
        assertFalse(index.resolve("市不存在局").isResolved());
        assertFalse(index.resolve("").isResolved());
        assertEquals("市经贸委", index.unit(old.id).orElseThrow().name);
    }

    private static Unit unit(String name, String... aliases) {
        Unit u = new Unit();
        u.id = UUID.randomUUID();
        u.name = name;
        u.code = name;
        u.aliases = Set.of(aliases);
        return u;
    }

    private static UnitGroup group(String name, String... aliases) {
        UnitGroup g = new UnitGroup();
        g.id = UUID.randomUUID();
        g.name = name;
        g.aliases = Set.of(aliases);
        return g;
    }
}
