package org.supervision.plan.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.plan.region.Region;
import org.supervision.plan.region.RegionLevel;
import org.supervision.plan.region.RegionMap;

/** Resolution by region, on a directory in memory: Guangxi with Qinzhou (home) and Hechi, Lingshan under Qinzhou. */
class RegionalUnitIndexTest {

    private final RegionMap regions = RegionMap.of(List.of(
            region("450000", "广西壮族自治区", RegionLevel.PROVINCE, null, "广西", "自治区"),
            region("450700", "钦州市", RegionLevel.CITY, "450000", "钦州", "市"),
            region("451200", "河池市", RegionLevel.CITY, "450000", "河池"), // level word taken from its name
            region("450721", "灵山县", RegionLevel.COUNTY, "450700", "灵山", "县")), "450700");

    private final Unit qzFgw = unit("市发展改革委", "450700", "市发改委");
    private final Unit qzCzj = unit("市财政局", null); // stored before regions: the home region's
    private final Unit qzPort = unit("钦州港海关", "450700");
    private final Unit hcFgw = unit("市发展改革委", "451200", "市发改委");
    private final Unit lsFgw = unit("县发展改革委", "450721");
    private final Unit gxFgw = unit("自治区发展改革委", "450000");
    private final UnitGroup qzCounties = group("各县区人民政府", "450700");
    private final List<Unit> units = List.of(qzFgw, qzCzj, qzPort, hcFgw, lsFgw, gxFgw);

    private UnitIndex seenFrom(String region) {
        return new UnitIndex(units, List.of(qzCounties), regions, region);
    }

    @Test
    void aPlanResolvesInItsOwnRegionFirst() {
        UnitIndex hechi = seenFrom("451200");
        assertEquals(hcFgw.id, hechi.resolve("河池市发展改革委").unitId());
        assertEquals(hcFgw.id, hechi.resolve("市发展改革委").unitId());
        assertEquals(hcFgw.id, hechi.resolve("发展改革委").unitId());
        assertEquals(hcFgw.id, hechi.resolve("市发改委").unitId());
        assertEquals(qzFgw.id, seenFrom("450700").resolve("市发展改革委").unitId());
        assertEquals(qzFgw.id, seenFrom(null).resolve("钦州市发展改革委").unitId()); // null: the home region
    }

    @Test
    void neverInASiblingRegion() {
        UnitIndex hechi = seenFrom("451200");
        assertFalse(hechi.resolve("市财政局").isResolved());
        assertFalse(hechi.resolve("县发展改革委").isResolved());
        assertFalse(hechi.resolve("各县区人民政府").isResolved());
        assertEquals(qzCounties.id, seenFrom("450700").resolve("各县区人民政府").groupId());
    }

    @Test
    void aNameOpeningWithAnotherRegionsNameIsThatRegionsUnitOrUnresolvedSayingWhich() {
        UnitIndex qinzhou = seenFrom("450700");
        UnitIndex.Resolution hechis = qinzhou.resolve("河池市发展改革委");
        assertEquals(hcFgw.id, hechis.unitId());
        UnitIndex.Resolution none = qinzhou.resolve("河池市财政局");
        assertFalse(none.isResolved());
        assertEquals("451200", none.namedRegion().code());
        assertEquals("451200", none.regionCode());
        // Qinzhou's own name is no other region's
        assertNull(qinzhou.resolve("钦州市财政局").namedRegion());
        assertEquals(qzCzj.id, qinzhou.resolve("钦州市财政局").unitId());
        assertEquals(qzPort.id, qinzhou.resolve("钦州港海关").unitId());
        assertEquals(qzPort.id, seenFrom("451200").resolve("钦州港海关").unitId());
    }

    @Test
    void aCountyPlanLooksInTheCountyThenItsCityThenTheProvince() {
        UnitIndex lingshan = seenFrom("450721");
        assertEquals(lsFgw.id, lingshan.resolve("发展改革委").unitId());
        assertEquals(lsFgw.id, lingshan.resolve("县发展改革委").unitId());
        assertEquals(qzFgw.id, lingshan.resolve("市发展改革委").unitId());
        assertEquals(qzCzj.id, lingshan.resolve("财政局").unitId());
        assertEquals(gxFgw.id, lingshan.resolve("自治区发展改革委").unitId());
        assertEquals(gxFgw.id, seenFrom("451200").resolve("广西发展改革委").unitId());
        assertFalse(seenFrom("450000").resolve("市发展改革委").isResolved()); // a province plan does not look down
    }

    @Test
    void theIssuingRegionComesFromTheIssuerTitleOrDocumentNumber() {
        RegionMap withAbbreviations = RegionMap.of(List.of(
                region("450000", "广西壮族自治区", RegionLevel.PROVINCE, null, "广西"),
                withAbbreviation(region("450700", "钦州市", RegionLevel.CITY, "450000", "钦州", "市"), "钦"),
                withAbbreviation(region("451200", "河池市", RegionLevel.CITY, "450000", "河池", "市"), "河")), "450700");
        assertEquals("450700", withAbbreviations.issuerOf("钦州市人民政府办公室", null, null).orElseThrow().code());
        assertEquals("451200", withAbbreviations.issuerOf(null, "河池市2024年工作要点", null).orElseThrow().code());
        assertEquals("451200", withAbbreviations.issuerOf(null, "关于印发工作要点的通知", "河政办发〔2024〕3号").orElseThrow().code());
        assertEquals("450000", withAbbreviations.issuerOf("广西壮族自治区人民政府办公厅", null, null).orElseThrow().code());
        assertFalse(withAbbreviations.issuerOf("南宁市人民政府办公室", "南宁市工作要点", "南府办〔2024〕1号").isPresent());
    }

    @Test
    void withoutRegionsACityWrittenInFullIsDroppedAsBefore() {
        UnitIndex plain = new UnitIndex(List.of(unit("市商务局", null)), List.of());
        assertEquals("市商务局", plain.resolve("南宁市商务局").name("?"));
    }

    private static Region region(String code, String name, RegionLevel level, String parent, String... prefixes) {
        Region r = new Region();
        r.code = code;
        r.name = name;
        r.level = level;
        r.parentCode = parent;
        r.prefixes = new java.util.LinkedHashSet<>(List.of(prefixes));
        return r;
    }

    private static Region withAbbreviation(Region r, String abbreviation) {
        r.abbreviation = abbreviation;
        return r;
    }

    private static Unit unit(String name, String region, String... aliases) {
        Unit u = new Unit();
        u.id = UUID.randomUUID();
        u.name = name;
        u.regionCode = region;
        u.kind = "department";
        u.aliases = Set.of(aliases);
        return u;
    }

    private static UnitGroup group(String name, String region) {
        UnitGroup g = new UnitGroup();
        g.id = UUID.randomUUID();
        g.name = name;
        g.regionCode = region;
        return g;
    }
}
