package org.supervision.plan.unit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.supervision.contracts.Topics;
import org.supervision.contracts.unit.UnitChanged;
import org.supervision.contracts.unit.UnitGroupChanged;
import org.supervision.plan.api.UniqueKeys;
import org.supervision.plan.region.Regions;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.api.Versions;
import org.supervision.platform.events.outbox.EventOutbox;

import io.quarkus.panache.common.Parameters;

/**
 * The unit directory: resolving what plans write to units and groups, and keeping the directory
 * itself. Every change publishes a unit event in the same transaction. Units and groups belong to a
 * region (default: the home region); names and aliases are unique within one.
 */
@ApplicationScoped
@Transactional
public class UnitDirectory {

    private static final String UNIQUE = UniqueKeys.RULE;

    private final UnitRepository units;
    private final UnitGroupRepository groups;
    private final EventOutbox outbox;
    private final Clock clock;
    private final Regions regions;

    public UnitDirectory(UnitRepository units, UnitGroupRepository groups, EventOutbox outbox, Clock clock, Regions regions) {
        this.units = units;
        this.groups = groups;
        this.outbox = outbox;
        this.clock = clock;
        this.regions = regions;
    }

    /** The whole directory, ready to resolve the mentions of a plan of the home region. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitIndex index() {
        return index(null);
    }

    /** The whole directory, ready to resolve the mentions of a plan of {@code regionCode} (null: the home region). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitIndex index(String regionCode) {
        return new UnitIndex(units.listAllWithAliases(), groups.listAllWithAliases(), regions.map(), regionCode);
    }

    /** The region a new unit or group goes to when its request names none: the home region, once the directory has it. */
    private String defaultRegion() {
        String home = regions.homeCode();
        return home != null && regions.find(home).isPresent() ? home : null;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Unit> find(UUID id) {
        return units.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UnitGroup> findGroup(UUID id) {
        return groups.findByIdOptional(id);
    }

    public Unit create(UnitRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        checkKind(request.kind(), violations);
        checkParent(request.parentId(), null, violations);
        if (units.findByCode(request.code().strip()).isPresent()) {
            violations.add(new Problem.Violation("code", UNIQUE, "a unit with code " + request.code() + " exists"));
        }
        Unit unit = new Unit();
        unit.id = UUID.randomUUID();
        unit.code = request.code().strip();
        unit.regionCode = request.regionCode() == null ? defaultRegion() : regions.known(request.regionCode(), "regionCode");
        apply(unit, request, violations);
        unit.updatedAt = OffsetDateTime.now(clock);
        units.persist(unit);
        units.flush(); // a code or name another request took meanwhile fails here (409), not at commit
        outbox.add(Topics.UNIT, unit.id.toString(), UnitChanged.CREATED, UnitEventData.changed(unit));
        return unit;
    }

    /**
     * Adds a unit that a published plan names and the directory did not know. Its kind is guessed
     * from its name; a reviewer can correct it later. It goes to the region its name opens with, else the plan's.
     */
    public Unit addNamedByPlan(String name, String regionCode) {
        Unit unit = new Unit();
        unit.id = UUID.randomUUID();
        unit.regionCode = regionCode != null ? regionCode : defaultRegion();
        unit.code = "U-" + unit.id.toString().substring(0, 8).toUpperCase();
        unit.name = name.strip();
        unit.kind = UnitKind.guess(unit.name).code();
        unit.updatedAt = OffsetDateTime.now(clock);
        units.persist(unit);
        units.flush();
        outbox.add(Topics.UNIT, unit.id.toString(), UnitChanged.CREATED, UnitEventData.changed(unit));
        return unit;
    }

    public Unit update(UUID id, long expectedVersion, UnitRequest request) {
        Unit unit = units.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("unit " + id));
        Versions.check(expectedVersion, unit.version);
        List<Problem.Violation> violations = new ArrayList<>();
        if (!unit.code.equals(request.code().strip())) {
            violations.add(new Problem.Violation("code", "immutable", "a unit's code never changes; it was " + unit.code));
        }
        checkKind(request.kind(), violations);
        checkParent(request.parentId(), id, violations);
        if (request.regionCode() != null) { // none named: it stays where it is
            unit.regionCode = regions.known(request.regionCode(), "regionCode");
        }
        apply(unit, request, violations);
        unit.updatedAt = OffsetDateTime.now(clock);
        units.flush(); // the new version goes into the event
        outbox.add(Topics.UNIT, unit.id.toString(), UnitChanged.CHANGED, UnitEventData.changed(unit));
        return unit;
    }

    public UnitGroup createGroup(UnitGroupRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (groups.find("code", request.code().strip()).firstResultOptional().isPresent()) {
            violations.add(new Problem.Violation("code", UNIQUE, "a group with code " + request.code() + " exists"));
        }
        UnitGroup group = new UnitGroup();
        group.id = UUID.randomUUID();
        group.code = request.code().strip();
        group.regionCode = request.regionCode() == null ? defaultRegion() : regions.known(request.regionCode(), "regionCode");
        apply(group, request, violations);
        groups.persist(group);
        groups.flush();
        outbox.add(Topics.UNIT, group.id.toString(), UnitGroupChanged.TYPE, UnitEventData.groupChanged(group));
        return group;
    }

    public UnitGroup updateGroup(UUID id, long expectedVersion, UnitGroupRequest request) {
        UnitGroup group = groups.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("unit group " + id));
        Versions.check(expectedVersion, group.version);
        List<Problem.Violation> violations = new ArrayList<>();
        if (!group.code.equals(request.code().strip())) {
            violations.add(new Problem.Violation("code", "immutable", "a group's code never changes; it was " + group.code));
        }
        if (request.regionCode() != null) {
            group.regionCode = regions.known(request.regionCode(), "regionCode");
        }
        apply(group, request, violations);
        groups.flush();
        outbox.add(Topics.UNIT, group.id.toString(), UnitGroupChanged.TYPE, UnitEventData.groupChanged(group));
        return group;
    }

    private void apply(Unit unit, UnitRequest request, List<Problem.Violation> violations) {
        String name = request.name().strip();
        units.find("name = :name and id <> :id and " + sameRegion("regionCode", unit.regionCode),
                        inRegion(unit.regionCode).and("name", name).and("id", unit.id))
                .firstResultOptional().ifPresent(other ->
                violations.add(new Problem.Violation("name", UNIQUE, "unit " + other.code + " already has this name")));
        List<String> aliases = request.aliases() == null ? List.of() : request.aliases();
        for (int i = 0; i < aliases.size(); i++) {
            String alias = aliases.get(i).strip();
            Optional<Unit> owner = units.find("select u from Unit u join u.aliases a where a = :alias and u.id <> :id and "
                    + sameRegion("u.regionCode", unit.regionCode), inRegion(unit.regionCode).and("alias", alias).and("id", unit.id))
                    .firstResultOptional();
            if (owner.isPresent()) {
                violations.add(new Problem.Violation("aliases[" + i + "]", UNIQUE,
                        "'" + alias + "' is already an alias of unit " + owner.get().code));
            }
        }
        if (!violations.isEmpty()) {
            throw refused("The unit cannot be saved as it is.", violations);
        }
        unit.name = name;
        unit.shortName = blankToNull(request.shortName());
        unit.kind = request.kind().strip();
        unit.parentId = request.parentId();
        unit.aliases = new LinkedHashSet<>(aliases.stream().map(String::strip).toList());
    }

    private void apply(UnitGroup group, UnitGroupRequest request, List<Problem.Violation> violations) {
        String name = request.name().strip();
        groups.find("name = :name and id <> :id and " + sameRegion("regionCode", group.regionCode),
                        inRegion(group.regionCode).and("name", name).and("id", group.id))
                .firstResultOptional().ifPresent(other ->
                violations.add(new Problem.Violation("name", UNIQUE, "group " + other.code + " already has this name")));
        for (int i = 0; i < request.members().size(); i++) {
            if (units.findByIdOptional(request.members().get(i)).isEmpty()) {
                violations.add(new Problem.Violation("members[" + i + "]", "unknown-unit",
                        request.members().get(i) + " is not a unit of the directory"));
            }
        }
        if (!violations.isEmpty()) {
            throw refused("The group cannot be saved as it is.", violations);
        }
        group.name = name;
        group.aliases = new LinkedHashSet<>((request.aliases() == null ? List.<String>of() : request.aliases())
                .stream().map(String::strip).toList());
        group.members = new LinkedHashSet<>(request.members());
    }

    /** Only taken values: a conflict (409), as when two requests race for them; anything else wrong: 400. */
    private static ProblemException refused(String detail, List<Problem.Violation> violations) {
        boolean onlyTaken = violations.stream().allMatch(v -> UNIQUE.equals(v.rule()));
        return new ProblemException(onlyTaken ? Problem.conflict(detail, violations) : Problem.badRequest(detail, violations));
    }

    private static void checkKind(String kind, List<Problem.Violation> violations) {
        if (kind != null && !UnitKind.isKnown(kind.strip())) {
            violations.add(new Problem.Violation("kind", "one-of", "kind must be one of " + UnitKind.codes()));
        }
    }

    private void checkParent(UUID parentId, UUID self, List<Problem.Violation> violations) {
        if (parentId == null) {
            return;
        }
        if (parentId.equals(self)) {
            violations.add(new Problem.Violation("parentId", "not-self", "a unit cannot be its own parent"));
        } else if (units.findByIdOptional(parentId).isEmpty()) {
            violations.add(new Problem.Violation("parentId", "unknown-unit", parentId + " is not a unit of the directory"));
        }
    }

    /** The condition "in the region" (null: without one, which = cannot compare), with {@link #inRegion}'s parameter. */
    private static String sameRegion(String field, String regionCode) {
        return regionCode == null ? field + " is null" : field + " = :region";
    }

    private static Parameters inRegion(String regionCode) {
        return regionCode == null ? new Parameters() : Parameters.with("region", regionCode);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
