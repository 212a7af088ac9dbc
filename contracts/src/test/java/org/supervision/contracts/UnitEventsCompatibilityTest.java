package org.supervision.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.supervision.contracts.unit.UnitChanged;
import org.supervision.contracts.unit.UnitGroupChanged;

/** Unit events written before the directory knew regions still read, with no region; newer ones carry it. */
class UnitEventsCompatibilityTest {

    private static final String OLD_UNIT = """
            {"unitId": "17bf253a-bc24-5d50-967a-2343ac3b9e98", "code": "QZ-FGW", "name": "市发展改革委", "kind": "department",
             "status": "ACTIVE", "aliases": [], "version": 0}""";

    @Test
    void aUnitEventWithoutRegionReadsAndValidates() throws Exception {
        EventSchemas.assertValid("/schemas/supervision.unit.changed.v1.schema.json", EventSchemas.JSON.readTree(OLD_UNIT));
        UnitChanged unit = EventSchemas.JSON.readValue(OLD_UNIT, UnitChanged.class);
        assertEquals("QZ-FGW", unit.code());
        assertNull(unit.regionCode());
    }

    @Test
    void aUnitEventWithRegionCarriesIt() throws Exception {
        String withRegion = OLD_UNIT.replace("\"version\": 0}", "\"version\": 1, \"regionCode\": \"451200\"}");
        EventSchemas.assertValid("/schemas/supervision.unit.changed.v1.schema.json", EventSchemas.JSON.readTree(withRegion));
        assertEquals("451200", EventSchemas.JSON.readValue(withRegion, UnitChanged.class).regionCode());
        String group = """
                {"groupId": "5d7e6a52-3c1f-5b7e-9a43-0c2b1e8f6a01", "code": "QZ-G-XQ", "name": "各县区人民政府", "members": [],
                 "version": 1}""";
        assertNull(EventSchemas.JSON.readValue(group, UnitGroupChanged.class).regionCode());
        assertEquals("450700", EventSchemas.JSON.readValue(group.replace("\"version\": 1}",
                "\"version\": 1, \"regionCode\": \"450700\"}"), UnitGroupChanged.class).regionCode());
    }
}
