package org.supervision.plan.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitNamesTest {

    @Test
    void halfWidthBracketsBecomeTheFullWidthOnesPlansUse() {
        assertEquals("市发展改革委（市大数据发展局）", UnitNames.key("市发展改革委(市大数据发展局)"));
        assertEquals("各县（区）人民政府", UnitNames.key("各县〔区〕人民政府"));
    }

    @Test
    void fullWidthLettersAndDigitsBecomeHalfWidth() {
        assertEquals("市12345热线管理中心", UnitNames.key("市１２３４５热线管理中心"));
    }

    @Test
    void spacesIncludingIdeographicOnesAreDropped() {
        assertEquals("市财政局", UnitNames.key(" 市\u3000财政 局 "));
    }

    @Test
    void nothingIsNothing() {
        assertEquals("", UnitNames.key(null));
        assertEquals("", UnitNames.key("  "));
    }

    @Test
    void groupsAreToldFromUnits() {
        assertTrue(UnitNames.looksLikeGroup("各县区人民政府"));
        assertTrue(UnitNames.looksLikeGroup("市优化营商环境工作领导小组成员单位"));
        assertTrue(UnitNames.looksLikeGroup("市直各相关部门"));
        assertFalse(UnitNames.looksLikeGroup("市发展改革委"));
        assertFalse(UnitNames.looksLikeGroup("钦南区人民政府"));
    }
}
