package org.supervision.plan.imports;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * Word's list numbering played through a document in reading order, so each numbered paragraph
 * gets the label Word shows (一、 （一） 1. （1）), which is not in the paragraph's text. Counters
 * belong to the abstract numbering a list instance ({@code w:num}) points at, so two instances
 * of one definition count on together; an instance's {@code w:startOverride} restarts its levels
 * where it is first used (how Word restarts （一） in each section); a level restarts after a
 * higher level unless its {@code w:lvlRestart} says otherwise.
 */
final class WordNumbering {

    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Set<BigInteger> started = new HashSet<>();

    WordNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The label of the next paragraph numbered {@code numId} at {@code ilvl}; "" when there is none. */
    String next(BigInteger numId, int ilvl) {
        if (numbering == null || numId == null || numId.signum() == 0 || ilvl < 0 || ilvl >= LEVELS) {
            return "";
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        CTNum ctNum = num.getCTNum();
        BigInteger abstractId = ctNum.getAbstractNumId().getVal();
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
        if (abstractNum == null) {
            return "";
        }
        int[] count = counters.computeIfAbsent(abstractId, k -> unset());
        if (started.add(numId)) {
            for (CTNumLvl override : ctNum.getLvlOverrideArray()) {
                int level = override.getIlvl() == null ? -1 : override.getIlvl().intValue();
                if (level >= 0 && level < LEVELS && (override.isSetStartOverride() || override.isSetLvl())) {
                    count[level] = Integer.MIN_VALUE;
                }
            }
        }
        CTLvl lvl = level(ctNum, abstractNum.getCTAbstractNum(), ilvl);
        count[ilvl] = count[ilvl] == Integer.MIN_VALUE ? start(ctNum, lvl, ilvl) : count[ilvl] + 1;
        for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
            CTLvl d = level(ctNum, abstractNum.getCTAbstractNum(), deeper);
            int restartAfter = d != null && d.isSetLvlRestart() ? d.getLvlRestart().getVal().intValue() : LEVELS;
            if (restartAfter != 0 && ilvl < restartAfter) {
                count[deeper] = Integer.MIN_VALUE;
            }
        }
        if (lvl == null) {
            return "";
        }
        String fmt = lvl.isSetNumFmt() ? lvl.getNumFmt().getVal().toString() : "decimal";
        if ("bullet".equals(fmt) || !lvl.isSetLvlText() || lvl.getLvlText().getVal() == null) {
            return "";
        }
        String text = lvl.getLvlText().getVal();
        boolean legal = lvl.isSetIsLgl() && !String.valueOf(lvl.getIsLgl().getVal()).matches("false|0|off");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int ref = text.charAt(++i) - '1';
                CTLvl r = ref == ilvl ? lvl : level(ctNum, abstractNum.getCTAbstractNum(), ref);
                int value = count[ref] == Integer.MIN_VALUE ? start(ctNum, r, ref) : count[ref];
                String refFmt = legal && ref != ilvl ? "decimal"
                        : r != null && r.isSetNumFmt() ? r.getNumFmt().getVal().toString() : "decimal";
                out.append(ListLabels.format(value, refFmt));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int[] unset() {
        int[] count = new int[LEVELS];
        java.util.Arrays.fill(count, Integer.MIN_VALUE);
        return count;
    }

    /** The level's definition: the instance's own ({@code w:lvlOverride/w:lvl}) before the abstract one. */
    private static CTLvl level(CTNum num, CTAbstractNum abstractNum, int ilvl) {
        for (CTNumLvl override : num.getLvlOverrideArray()) {
            if (override.getIlvl() != null && override.getIlvl().intValue() == ilvl && override.isSetLvl()) {
                return override.getLvl();
            }
        }
        for (CTLvl lvl : abstractNum.getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == ilvl) {
                return lvl;
            }
        }
        return null;
    }

    /** Where a level starts: the instance's startOverride, else the level's start (0 when unstated, as Word). */
    private static int start(CTNum num, CTLvl lvl, int ilvl) {
        for (CTNumLvl override : num.getLvlOverrideArray()) {
            if (override.getIlvl() != null && override.getIlvl().intValue() == ilvl && override.isSetStartOverride()) {
                return override.getStartOverride().getVal().intValue();
            }
        }
        return lvl != null && lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 0;
    }
}
