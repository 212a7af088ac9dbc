package org.supervision.plan.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The directory in memory for one import or publish: a plan names dozens of units, and resolving
 * them one query at a time would cost more than parsing the whole document.
 *
 * <p>A mention resolves, in this order, by its exact normalised name or alias; with the city prefix
 * 市 the plan left out (商务局 → 市商务局); without a city name written in full (钦州市商务局 →
 * 市商务局); by the name outside a bracket (市发展改革委（市大数据发展局）→ 市发展改革委).
 */
public final class UnitIndex {

    private static final Pattern CITY_NAME = Pattern.compile("^[\\u4e00-\\u9fa5]{2,3}市(?!场)");
    private static final Pattern BRACKETED = Pattern.compile("（[^（）]*）");

    /** A mention resolved to a unit, a group, or nothing. */
    public record Resolution(Unit unit, UnitGroup group) {
        static final Resolution NONE = new Resolution(null, null);

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
    }

    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, UnitGroup> groups = new HashMap<>();
    private final Map<UUID, Unit> byId = new HashMap<>();
    private final Map<UUID, UnitGroup> groupsById = new HashMap<>();
    private final Map<String, Unit> retiredByName = new HashMap<>();

    public UnitIndex(List<Unit> units, List<UnitGroup> groups) {
        for (Unit unit : units) {
            byId.put(unit.id, unit);
            if (unit.status == UnitStatus.RETIRED) {
                retiredByName.putIfAbsent(UnitNames.key(unit.name), unit);
                continue; // still readable by id, but no longer the answer to a new mention
            }
            this.units.putIfAbsent(UnitNames.key(unit.name), unit);
            unit.aliases.forEach(alias -> this.units.putIfAbsent(UnitNames.key(alias), unit));
            if (unit.shortName != null) {
                this.units.putIfAbsent(UnitNames.key(unit.shortName), unit);
            }
        }
        for (UnitGroup group : groups) {
            groupsById.put(group.id, group);
            this.groups.putIfAbsent(UnitNames.key(group.name), group);
            group.aliases.forEach(alias -> this.groups.putIfAbsent(UnitNames.key(alias), group));
        }
    }

    /** A retired unit of this name: its name stays taken, so a plan naming it cannot add it again. */
    public Optional<Unit> retired(String name) {
        return Optional.ofNullable(retiredByName.get(UnitNames.key(name)));
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
        units.putIfAbsent(UnitNames.key(unit.name), unit);
    }

    /** Resolves what the plan stands for ({@code name}), else what it wrote ({@code mention}). */
    public Resolution resolve(String name, String mention) {
        Resolution r = resolve(name);
        return r.isResolved() || mention == null ? r : resolve(mention);
    }

    public Resolution resolve(String text) {
        String key = UnitNames.key(text);
        if (key.isEmpty()) {
            return Resolution.NONE;
        }
        UnitGroup group = groups.get(key);
        if (group != null) {
            return new Resolution(null, group);
        }
        for (String candidate : candidates(key)) {
            Unit unit = units.get(candidate);
            if (unit != null) {
                return new Resolution(unit, null);
            }
        }
        return Resolution.NONE;
    }

    private static List<String> candidates(String key) {
        String withoutCity = CITY_NAME.matcher(key).replaceFirst("市");
        String outer = BRACKETED.matcher(key).replaceAll("");
        return List.of(key, key.startsWith("市") ? key : "市" + key, withoutCity, outer,
                outer.startsWith("市") ? outer : "市" + outer);
    }
}
