package org.supervision.plan.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    @Test
    void theParseFormHasOneCharacterPerCharacter() {
        String s = "〔牵头单位：市发展改革委（市大数据发展局）；配合单位：各县区〕１２";
        String p = TextNormaliser.parseForm(s);
        assertEquals(s.length(), p.length());
        assertEquals("(牵头单位:市发展改革委(市大数据发展局);配合单位:各县区)12", p);
    }

    @Test
    void traditionalKeywordsReadAsSimplified() {
        assertEquals("牵头单位:市发展改革局", TextNormaliser.parseForm("牽頭單位：市發展改革局"));
    }

    @Test
    void webPageMarkupIsRemoved() {
        assertEquals("（一）深化改革", TextNormaliser.stripMarkup("<p>（一）深化改革</strong></p>&nbsp;").strip());
        assertEquals("市发改委 市财政局", TextNormaliser.stripMarkup("市发改委&nbsp;市财政局"));
    }

    @Test
    void aHeadingReadOneByteOutOfStepIsRepaired() {
        Charset gb = Charset.forName("GB18030");
        byte[] original = "\u3000（五）深化公共资源交易改革".getBytes(gb);
        String garbled = new String(Arrays.copyOfRange(original, 1, original.length), gb);
        assertTrue(TextNormaliser.looksGarbled(garbled), garbled);
        // the byte lost at the end takes the last character with it; everything before it is back
        assertEquals("（五）深化公共资源交易改", TextNormaliser.repairGarbled(garbled));
    }

    @Test
    void cleanTextIsNotGarbled() {
        assertFalse(TextNormaliser.looksGarbled("（一）优化市场准入退出。持续推进“经营主体服务码”综合应用"));
        assertFalse(TextNormaliser.looksGarbled("推行企業住所(經營場所)標準化登記"));
    }

    @Test
    void compactFormIgnoresPunctuationAndSpaces() {
        assertEquals(TextNormaliser.compactForm("市发展改革委（市大数据发展局）"),
                TextNormaliser.compactForm("市发展改革委 (市大数据发展局)"));
    }
}
