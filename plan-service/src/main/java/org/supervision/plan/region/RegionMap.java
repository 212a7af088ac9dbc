package org.supervision.plan.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The regions in memory for one import or publish: which region's units a name may mean. A plan's
 * names resolve in its region, then up the chain of parents ({@link #chain}); a name opening with a
 * region's own name (河池市发展改革委) is that region's ({@link #namedAt}).
 */
public final class RegionMap {

    /** The words a region's own units open with (市发展改革委, 县教育局): not names of any one region. */
    public static final Set<String> LEVEL_WORDS = Set.of("省", "自治区", "市", "州", "盟", "县", "区", "旗");

    public static final RegionMap NONE = new RegionMap(List.of(), null);

    /** A region as resolution sees it: its names (钦州市, 钦州) apart from its level words (市). */
    public record Place(String code, String name, RegionLevel level, String parentCode, String abbreviation,
                        List<String> names, List<String> levelWords) {
    }

    /** A name that opens with a region's name, and how long that opening is. */
    public record Named(Place place, int length) {
    }

    private final Map<String, Place> byCode = new HashMap<>();
    private final String home;

    private RegionMap(Collection<Place> places, String home) {
        places.forEach(p -> byCode.put(p.code(), p));
        this.home = home != null && byCode.containsKey(home) ? home : null;
    }

    public static RegionMap of(List<Region> regions, String homeCode) {
        List<Place> places = new ArrayList<>();
        for (Region r : regions) {
            List<String> names = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (String prefix : r.prefixes) {
                (LEVEL_WORDS.contains(prefix) ? words : names).add(prefix);
            }
            if (!names.contains(r.name)) {
                names.add(r.name);
            }
            if (words.isEmpty()) { // none given: the word its name ends with (钦州市 → 市, 灵山县 → 县)
                LEVEL_WORDS.stream().filter(r.name::endsWith).max(java.util.Comparator.comparingInt(String::length))
                        .ifPresent(words::add);
            }
            places.add(new Place(r.code, r.name, r.level, r.parentCode, r.abbreviation, List.copyOf(names), List.copyOf(words)));
        }
        return new RegionMap(places, homeCode);
    }

    /** Whether the deployment defines no region: names then resolve as before regions existed. */
    public boolean isEmpty() {
        return byCode.isEmpty();
    }

    /** The deployment's home region's code, when it is one of the regions; else null. */
    public String home() {
        return home;
    }

    public Optional<Place> place(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /**
     * The region (the home region for null), then its parent, its parent's parent...: where a plan of
     * that region looks for the units it names. A sibling region is never on it. Null stands for units
     * without a region when there is no home region.
     */
    public List<String> chain(String code) {
        List<String> out = new ArrayList<>();
        String at = code == null ? home : code;
        while (at != null && !out.contains(at)) {
            out.add(at);
            Place p = byCode.get(at);
            at = p == null ? null : p.parentCode();
        }
        if (out.isEmpty()) {
            out.add(null);
        }
        return out;
    }

    /**
     * The region whose name {@code text} opens with (the longest such name). Two regions of one name
     * (two 城区) are told apart by {@code preferred}'s chain; otherwise the name is nobody's.
     */
    public Optional<Named> namedAt(String text, String preferred) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        int best = 0;
        List<Place> found = new ArrayList<>();
        for (Place p : byCode.values()) {
            for (String n : p.names()) {
                if (n.length() < text.length() && text.startsWith(n) && n.length() >= best) {
                    if (n.length() > best) {
                        found.clear();
                        best = n.length();
                    }
                    if (!found.contains(p)) {
                        found.add(p);
                    }
                }
            }
        }
        if (found.size() > 1) {
            List<String> chain = chain(preferred);
            found.removeIf(p -> !chain.contains(p.code()));
        }
        return found.size() == 1 ? Optional.of(new Named(found.get(0), best)) : Optional.empty();
    }

    /**
     * The region a plan was issued in, from its issuer (钦州市人民政府办公室) or title, else from its document
     * number's abbreviation (钦政办〔2024〕2号); empty when neither says or two regions would fit.
     */
    public Optional<Place> issuerOf(String issuer, String title, String docNumber) {
        for (String s : new String[] {issuer, title}) {
            Optional<Named> named = namedAt(s == null ? null : s.strip(), null);
            if (named.isPresent()) {
                return Optional.of(named.get().place());
            }
        }
        if (docNumber == null || docNumber.isBlank()) {
            return Optional.empty();
        }
        String doc = docNumber.strip();
        int best = 0;
        List<Place> found = new ArrayList<>();
        for (Place p : byCode.values()) {
            String a = p.abbreviation();
            if (a != null && !a.isEmpty() && doc.startsWith(a) && a.length() >= best) {
                if (a.length() > best) {
                    found.clear();
                    best = a.length();
                }
                found.add(p);
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
