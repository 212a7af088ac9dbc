package org.supervision.plan.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitDirectoryNormaliseTest {

    @Test
    void halfWidthBracketsBecomeTheFullWidthOnesPlansUse() {
        assertEquals("市发展改革委（市大数据发展局）", UnitDirectory.normalise("市发展改革委(市大数据发展局)"));
    }

    @Test
    void fullWidthLettersAndDigitsBecomeHalfWidth() {
        assertEquals("市12345热线管理中心", UnitDirectory.normalise("市１２３４５热线管理中心"));
    }

    @Test
    void spacesIncludingIdeographicOnesAreDropped() {
        assertEquals("市财政局", UnitDirectory.normalise(" 市\u3000财政 局 "));
    }

    @Test
    void nothingIsNothing() {
        assertEquals("", UnitDirectory.normalise(null));
        assertEquals("", UnitDirectory.normalise("  "));
    }
}
