package org.supervision.plan.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A plan as the API shows it, draft or published: the header, the measures as a tree (sub-items
 * under {@code children}) and the warnings a reviewer should look at. Field names are a contract
 * that other tooling (scorers, importers, clients) relies on.
 */
public record PlanDocument(Header plan, List<MeasureNode> measures, List<PlanWarning> warnings) {

    public record Header(UUID id, String title, String docNumber, String issuer, LocalDate issuedOn, Integer year,
                         PlanStatus status, long version, LocalDate defaultDeadline, int publishedVersion,
                         String sourceFormat, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                         OffsetDateTime publishedAt,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String sourceName,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String source,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String regionCode) {
    }

    public record MeasureNode(UUID id, String number, List<String> path, String title, String text,
                              List<UnitRef> leadUnits, List<UnitRef> cooperatingUnits, LocalDate deadline,
                              String deadlineText, List<MeasureTarget> targets,
                              @JsonInclude(JsonInclude.Include.NON_NULL) MeasureStatus status,
                              List<MeasureNode> children,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String sourceLocation,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY)
                              @Schema(description = "Only in an import's answer, for a measure that names no lead unit: up to "
                                      + "three units suggested from past published measures and the units' duties, best first. "
                                      + "Suggestions, never assignments: the reviewer adds a unit to leadUnits to assign it")
                              List<SuggestedUnit> suggestedLeadUnits) {
    }

    /**
     * {@code name} the unit as resolved (or as the plan meant it, when the directory does not know
     * it yet), {@code mention} as written, {@code unitId}/{@code groupId} what it resolved to.
     */
    public record UnitRef(String name, String mention, UUID unitId, UUID groupId, boolean openList) {
    }

    /** Renders {@code plan}; {@code stored} false leaves out ids, which a dry run never made. */
    public static PlanDocument of(Plan plan, boolean stored) {
        Header header = new Header(stored ? plan.id : null, plan.title, plan.docNumber, plan.issuer, plan.issuedOn,
                plan.year, stored ? plan.status : null, plan.version, plan.effectiveDefaultDeadline(),
                plan.publishedVersion, plan.sourceFormat, stored ? plan.createdAt : null, stored ? plan.updatedAt : null,
                plan.publishedAt, plan.sourceName,
                // an imported plan's original file (GET it); a plan sent as JSON has none
                stored && plan.sourceFormat != null && !"json".equals(plan.sourceFormat) ? "/api/v1/plans/" + plan.id + "/source" : null,
                plan.regionCode);
        Map<Measure, List<Measure>> children = new HashMap<>();
        List<Measure> top = new ArrayList<>();
        for (Measure m : plan.measures) {
            if (m.parent == null) {
                top.add(m);
            } else {
                children.computeIfAbsent(m.parent, k -> new ArrayList<>()).add(m);
            }
        }
        return new PlanDocument(header, top.stream().map(m -> node(m, children, stored)).toList(),
                List.copyOf(plan.warnings));
    }

    /** One measure of the rendered plan, wherever it sits in the tree. */
    public Optional<MeasureNode> measure(UUID id) {
        return find(measures, id);
    }

    private static Optional<MeasureNode> find(List<MeasureNode> nodes, UUID id) {
        for (MeasureNode node : nodes) {
            if (id.equals(node.id())) {
                return Optional.of(node);
            }
            Optional<MeasureNode> below = find(node.children(), id);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    private static MeasureNode node(Measure m, Map<Measure, List<Measure>> children, boolean stored) {
        return new MeasureNode(stored ? m.id : null, m.number, List.copyOf(m.path), m.title, m.text,
                refs(m, UnitRole.LEAD), refs(m, UnitRole.COOPERATING), m.deadline, m.deadlineText,
                List.copyOf(m.targets), m.status == MeasureStatus.ACTIVE ? null : m.status,
                children.getOrDefault(m, List.of()).stream().map(c -> node(c, children, stored)).toList(),
                m.sourceLocation, List.copyOf(m.suggestedLeadUnits));
    }

    private static List<UnitRef> refs(Measure m, UnitRole role) {
        return m.units.stream().filter(u -> u.role == role)
                .map(u -> new UnitRef(u.name, u.mention, u.unitId, u.groupId, u.openList)).toList();
    }
}
