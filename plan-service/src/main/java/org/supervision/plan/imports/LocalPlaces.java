package org.supervision.plan.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places a plan is about ({@code 南宁} from {@code 南宁市人民政府办公室}). A unit named after
 * one of them ({@code 南宁供电局}, {@code 河池海关}) names its own place, so the prefix carried over
 * from the list before it ({@code 市住建局、南宁供电局}) must not be put in front of it.
 */
final class LocalPlaces {

    private static final Pattern PLACE = Pattern.compile(
            "([\\u4e00-\\u9fa5]{2,4}?)(特别行政区|自治区|自治州|自治县|省|市|州|盟|县|区|旗)");
    private static final Pattern INHERITED = Pattern.compile("^(自治区|省|市|县|区|州|盟|旗)");
    private static final Pattern NOT_A_PLACE = Pattern.compile("^(关于|印发|优化|深化|推进|进一步|全面|贯彻|落实|本|我|全)");

    private final Set<String> places;

    private LocalPlaces(Set<String> places) {
        this.places = places;
    }

    /** Places named at the start of the title, the issuer and the document number. */
    static LocalPlaces of(PlanHeader header) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : new String[] {header.issuer(), header.title()}) {
            if (s == null) {
                continue;
            }
            String n = TextNormaliser.parseForm(s);
            int at = 0;
            // 广州市黄埔区…: the chain of places the name opens with
            for (int guard = 0; guard < 3; guard++) {
                Matcher m = PLACE.matcher(n);
                m.region(at, n.length());
                if (!m.lookingAt() || NOT_A_PLACE.matcher(m.group(1)).find()) {
                    break;
                }
                out.add(s.substring(m.start(1), m.end(1)));
                at = m.end();
            }
        }
        return new LocalPlaces(out);
    }

    /** The unit with a carried-over prefix taken off again when it names a local place itself. */
    UnitMention resolve(UnitMention u) {
        if (places.isEmpty() || u.name().equals(u.mention())) {
            return u;
        }
        Matcher m = INHERITED.matcher(u.name());
        if (!m.find()) {
            return u;
        }
        String rest = u.name().substring(m.end());
        for (String p : places) {
            if (rest.startsWith(p) && u.mention().startsWith(p)) {
                return new UnitMention(rest, u.mention(), u.group(), u.openList());
            }
        }
        return u;
    }

    List<UnitMention> resolve(List<UnitMention> units) {
        List<UnitMention> out = new ArrayList<>(units.size());
        units.forEach(u -> out.add(resolve(u)));
        return out;
    }

    ParsedMeasure resolve(ParsedMeasure m) {
        if (places.isEmpty()) {
            return m;
        }
        List<ParsedMeasure> children = new ArrayList<>();
        m.children().forEach(c -> children.add(resolve(c)));
        return new ParsedMeasure(m.number(), m.path(), m.title(), m.text(), resolve(m.leadUnits()),
                resolve(m.cooperatingUnits()), m.deadline(), m.deadlineText(), m.targets(), children, m.line());
    }
}
