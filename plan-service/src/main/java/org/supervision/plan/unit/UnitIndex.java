package org.supervision.plan.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.supervision.plan.region.RegionMap;

/**
 * The directory in memory for one import or publish, seen from one plan's region: a plan names dozens
 * of units, and resolving them one query at a time would cost more than parsing the whole document.
 *
 * <p>A mention resolves, in this order:
 * <ol>
 * <li>as written (its normalised name or an alias, or the name outside a bracket: 市发展改革委（市大数据发展局）→
 * 市发展改革委), in the plan's region, then its parent, then the parent's parent; never in a sibling region;</li>
 * <li>with the level word of those regions' own units that the plan left out (商务局 → 市商务局 in a city,
 * 县教育局 in a county), in the same order;</li>
 * <li>a name opening with a region's name (河池市发展改革委, 钦州市商务局) is that region's unit: as written,
 * or its rest with the region's level word (市发展改革委 of 河池市). When that region has no such unit the
 * mention stays unresolved and says which region it named ({@link Resolution#namedRegion}), never another
 * region's unit of the same rest.</li>
 * </ol>
 * A deployment without regions resolves as before regions existed: a city name written in full is dropped
 * (钦州市商务局 → 市商务局). Units and groups without a region count as the home region's.
 */
public final class UnitIndex {

    private static final Pattern CITY_NAME = Pattern.compile("^[\\u4e00-\\u9fa5]{2,3}市(?!场)");
    private static final Pattern BRACKETED = Pattern.compile("（[^（）]*）");
    /** The bucket of units without a region where the deployment has no home region. */
    private static final String NO_REGION = "";

    /**
     * A mention resolved to a unit, a group, or nothing. {@code namedRegion}: the region whose name the
     * mention opens with, when that is not the plan's own (河池市 for 河池市发展改革委 in a Qinzhou plan).
     */
    public record Resolution(Unit unit, UnitGroup group, RegionMap.Place namedRegion) {
        static final Resolution NONE = new Resolution(null, null, null);

        public Resolution(Unit unit, UnitGroup group) {
            this(unit, group, null);
        }

        public boolean isResolved() {
            return unit != null || group != null;
        }

        public UUID unitId() {
            return unit == null ? null : unit.id;
        }

        public UUID groupId() {
            return group == null ? null : group.id;
        }

        public String name(String fallback) {
            return unit != null ? unit.name : group != null ? group.name : fallback;
        }

        /** The region code a unit of this name would be added to (null: the plan's). */
        public String regionCode() {
            return unit != null ? unit.regionCode : namedRegion == null ? null : namedRegion.code();
        }
    }

    private final Map<String, Map<String, Unit>> units = new HashMap<>();
    private final Map<String, Map<String, UnitGroup>> groups = new HashMap<>();
    private final Map<UUID, Unit> byId = new HashMap<>();
    private final Map<UUID, UnitGroup> groupsById = new HashMap<>();
    private final Map<String, Map<String, Unit>> retiredByName = new HashMap<>();
    private final RegionMap regions;
    private final String planRegion;
    private final List<String> chain;

    /** The directory of a deployment without regions. */
    public UnitIndex(List<Unit> units, List<UnitGroup> groups) {
        this(units, groups, RegionMap.NONE, null);
    }

    /** The directory as a plan of {@code planRegion} (null: the home region) sees it. */
    public UnitIndex(List<Unit> units, List<UnitGroup> groups, RegionMap regions, String planRegion) {
        this.regions = regions;
        this.planRegion = planRegion == null ? regions.home() : planRegion;
        this.chain = regions.chain(this.planRegion).stream().map(UnitIndex::bucket).toList();
        for (Unit unit : units) {
            byId.put(unit.id, unit);
            if (unit.status == UnitStatus.RETIRED) {
                in(retiredByName, unit.regionCode).putIfAbsent(UnitNames.key(unit.name), unit);
                continue; // still readable by id, but no longer the answer to a new mention
            }
            index(unit);
        }
        for (UnitGroup group : groups) {
            groupsById.put(group.id, group);
            Map<String, UnitGroup> bucket = in(this.groups, group.regionCode);
            bucket.putIfAbsent(UnitNames.key(group.name), group);
            group.aliases.forEach(alias -> bucket.putIfAbsent(UnitNames.key(alias), group));
        }
    }

    private void index(Unit unit) {
        Map<String, Unit> bucket = in(units, unit.regionCode);
        bucket.putIfAbsent(UnitNames.key(unit.name), unit);
        unit.aliases.forEach(alias -> bucket.putIfAbsent(UnitNames.key(alias), unit));
        if (unit.shortName != null) {
            bucket.putIfAbsent(UnitNames.key(unit.shortName), unit);
        }
    }

    /** The bucket of a region's units; those without a region are the home region's. */
    private <T> Map<String, T> in(Map<String, Map<String, T>> byRegion, String regionCode) {
        String region = regionCode != null ? regionCode : regions.home();
        return byRegion.computeIfAbsent(bucket(region), r -> new HashMap<>());
    }

    private static String bucket(String regionCode) {
        return regionCode == null ? NO_REGION : regionCode;
    }

    /** The region the plan's names resolve in (null: none known). */
    public String planRegion() {
        return planRegion;
    }

    /** A retired unit of this name in the plan's region or its parents: its name stays taken there. */
    public Optional<Unit> retired(String name) {
        String key = UnitNames.key(name);
        for (String region : chain) {
            Unit unit = retiredByName.getOrDefault(region, Map.of()).get(key);
            if (unit != null) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    public Optional<Unit> unit(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<UnitGroup> group(UUID id) {
        return Optional.ofNullable(groupsById.get(id));
    }

    /** Adds a unit created while this index is in use (a publish adding the units a plan named). */
    public void add(Unit unit) {
        byId.put(unit.id, unit);
        in(units, unit.regionCode).putIfAbsent(UnitNames.key(unit.name), unit);
    }

    /** Resolves what the plan stands for ({@code name}), else what it wrote ({@code mention}). */
    public Resolution resolve(String name, String mention) {
        Resolution r = resolve(name);
        if (r.isResolved() || mention == null) {
            return r;
        }
        Resolution written = resolve(mention);
        // unresolved both ways: keep the region a name named (市河池市… carried over still names 河池市)
        return written.isResolved() || r.namedRegion() == null ? written : r;
    }

    public Resolution resolve(String text) {
        String key = UnitNames.key(text);
        if (key.isEmpty()) {
            return Resolution.NONE;
        }
        for (String region : chain) {
            UnitGroup group = groups.getOrDefault(region, Map.of()).get(key);
            if (group != null) {
                return new Resolution(null, group);
            }
        }
        String outer = BRACKETED.matcher(key).replaceAll("");
        if (regions.isEmpty()) {
            return find(chain, withoutRegions(key, outer)).map(u -> new Resolution(u, null)).orElse(Resolution.NONE);
        }
        Optional<Unit> asWritten = find(chain, List.of(key, outer));
        if (asWritten.isPresent()) {
            return new Resolution(asWritten.get(), null);
        }
        for (String region : chain) { // the level word of each region's own units, nearest region first
            Optional<Unit> unit = find(List.of(region), withLevelWords(region, key, outer));
            if (unit.isPresent()) {
                return new Resolution(unit.get(), null);
            }
        }
        Optional<RegionMap.Named> named = regions.namedAt(key, planRegion);
        if (named.isEmpty()) {
            return Resolution.NONE;
        }
        RegionMap.Place place = named.get().place();
        String rest = key.substring(named.get().length());
        List<String> candidates = new ArrayList<>(List.of(key, outer));
        candidates.addAll(withLevelWords(place.code(), rest, BRACKETED.matcher(rest).replaceAll("")));
        candidates.add(rest);
        Optional<Unit> unit = find(List.of(bucket(place.code())), candidates);
        RegionMap.Place foreign = place.code().equals(planRegion) ? null : place;
        return unit.map(u -> new Resolution(u, null, foreign)).orElse(new Resolution(null, null, foreign));
    }

    private Optional<Unit> find(List<String> regionsInOrder, List<String> candidates) {
        for (String region : regionsInOrder) {
            Map<String, Unit> bucket = units.getOrDefault(region, Map.of());
            for (String candidate : candidates) {
                Unit unit = bucket.get(candidate);
                if (unit != null) {
                    return Optional.of(unit);
                }
            }
        }
        return Optional.empty();
    }

    /** 商务局 → 市商务局 in a city whose own units carry 市 (a county's carry 县 or 区). */
    private List<String> withLevelWords(String region, String key, String outer) {
        List<String> words = regions.place(region.isEmpty() ? null : region).map(RegionMap.Place::levelWords).orElse(List.of());
        Set<String> out = new LinkedHashSet<>();
        for (String word : words) {
            out.add(key.startsWith(word) ? key : word + key);
            out.add(outer.startsWith(word) ? outer : word + outer);
        }
        return List.copyOf(out);
    }

    /** How a deployment without regions reads a name: its city left out, or written in full. */
    private static List<String> withoutRegions(String key, String outer) {
        String withoutCity = CITY_NAME.matcher(key).replaceFirst("市");
        return List.of(key, key.startsWith("市") ? key : "市" + key, withoutCity, outer,
                outer.startsWith("市") ? outer : "市" + outer);
    }
}
