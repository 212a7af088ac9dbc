package org.supervision.plan.imports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.supervision.plan.plan.Measure;
import org.supervision.plan.plan.MeasureTarget;
import org.supervision.plan.plan.Plan;
import org.supervision.plan.plan.PlanStatus;
import org.supervision.plan.plan.PlanWarning;
import org.supervision.plan.plan.ResponsibleUnit;
import org.supervision.plan.plan.UnitRole;
import org.supervision.plan.region.RegionMap;
import org.supervision.plan.unit.UnitIndex;
import org.supervision.plan.unit.UnitNames;

/**
 * Turns what the parser read into a draft plan: mentions resolved against the directory, texts
 * clipped to what the database holds, and a warning for each mention the directory does not know
 * (it becomes a new unit when the plan is published, unless the reviewer changes it).
 */
final class PlanDrafts {

    static final String UNKNOWN_UNIT = "UNKNOWN_UNIT";
    static final String UNKNOWN_GROUP = "UNKNOWN_GROUP";
    static final String OTHER_REGION_UNIT = "OTHER_REGION_UNIT";
    static final String REGION_ASSUMED = "REGION_ASSUMED";
    static final String TOO_LONG = "TOO_LONG";
    static final String DEFAULT_DEADLINE = "DEFAULT_DEADLINE";
    /** How many measure numbers the DEFAULT_DEADLINE warning lists before it only counts. */
    private static final int NUMBERS_LISTED = 12;

    private static final String UNTITLED = "未命名方案";

    private PlanDrafts() {
    }

    static Plan draft(ParsedPlan parsed, UnitIndex units, String sourceName, DocumentText.Read read, String createdBy,
                      OffsetDateTime now, LocalDate today) {
        return draft(parsed, null, units, sourceName, read, createdBy, now, today);
    }

    /** {@code period} the years a multi-year plan covers (null for one year): its measures without a date run to its end. */
    static Plan draft(ParsedPlan parsed, PlanPeriod period, UnitIndex units, String sourceName, DocumentText.Read read,
                      String createdBy, OffsetDateTime now, LocalDate today) {
        DocumentFormat format = read.format();
        PlanHeader header = parsed.header();
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.status = PlanStatus.DRAFT;
        plan.title = clip(firstNonBlank(header.title(), sourceName, UNTITLED), 500);
        plan.docNumber = clip(header.docNumber(), 100);
        plan.issuer = clip(header.issuer(), 200);
        plan.issuedOn = header.issuedOn();
        plan.year = header.year() != null ? header.year()
                : header.issuedOn() != null ? header.issuedOn().getYear() : today.getYear();
        plan.sourceFormat = format.extension();
        plan.sourceName = clip(sourceName, 300);
        plan.createdBy = createdBy;
        plan.createdAt = now;
        plan.updatedAt = now;
        List<PlanWarning> warnings = new ArrayList<>();
        parsed.warnings().forEach(w -> warnings.add(new PlanWarning(w.code(), w.line(), w.message(), w.measureNumber())));
        Set<String> warned = new HashSet<>();
        for (ParsedMeasure m : parsed.measures()) {
            add(plan, null, m, units, warnings, warned, read);
        }
        String basis = defaultDeadline(plan, header, period);
        List<String> undated = plan.measures.stream().filter(m -> m.deadline == null).map(m -> m.number).toList();
        if (!undated.isEmpty()) {
            warnings.add(new PlanWarning(DEFAULT_DEADLINE, null, undated.size() + " measure(s) set no date ("
                    + numbers(undated) + "): they fall due on the plan's default deadline " + plan.effectiveDefaultDeadline()
                    + ", " + basis + ". Set defaultDeadline (PUT the plan) or the measures' deadlines if that is wrong.", null));
        }
        plan.warnings = warnings;
        return plan;
    }

    /**
     * The deadline of measures that set none: the end of a multi-year plan's period (a 2023—2025 plan's
     * 长期坚持 does not fall due on 2023-12-31), else the end of the plan's year. Says where it came from.
     */
    private static String defaultDeadline(Plan plan, PlanHeader header, PlanPeriod period) {
        if (period != null && period.lastYear() > plan.year) {
            plan.defaultDeadline = LocalDate.of(period.lastYear(), 12, 31);
            return "the end of the plan's period " + period.text() + " (read from its " + period.source() + ")";
        }
        String year = header.year() != null ? "read from the document"
                : "no year in the document: the year it was imported";
        return "the end of the plan's year " + plan.year + " (" + year + ")";
    }

    private static String numbers(List<String> numbers) {
        String listed = String.join(", ", numbers.subList(0, Math.min(NUMBERS_LISTED, numbers.size())));
        return numbers.size() > NUMBERS_LISTED ? listed + " …" : listed;
    }

    private static void add(Plan plan, Measure parent, ParsedMeasure source, UnitIndex units, List<PlanWarning> warnings,
                            Set<String> warned, DocumentText.Read read) {
        Measure m = new Measure();
        m.id = UUID.randomUUID();
        m.plan = plan;
        m.parent = parent;
        m.position = plan.measures.size();
        m.number = clip(source.number() == null ? String.valueOf(m.position + 1) : source.number(), 40);
        // a heading is at most 300 characters, as a reviewer's path (MeasureRequest) and task-service's section column
        m.path = new ArrayList<>(source.path().stream().map(heading -> clip(heading, 300)).toList());
        m.title = firstNonBlank(source.title(), source.text(), "");
        m.text = firstNonBlank(source.text(), source.title(), "");
        m.deadline = source.deadline();
        m.deadlineText = clip(source.deadlineText(), 200);
        // where in the original the reviewer finds it: a page of a PDF, a paragraph of a Word file, a row of a table
        m.sourceLocation = clip(read.locationOf(source.line()), 200);
        m.targets = new ArrayList<>(source.targets().stream()
                .map(t -> new MeasureTarget(t.text(), t.metric(), t.comparator(), t.value(), t.unit())).toList());
        Set<String> named = new LinkedHashSet<>();
        addUnits(m, source.leadUnits(), UnitRole.LEAD, units, named, warnings, warned);
        addUnits(m, source.cooperatingUnits(), UnitRole.COOPERATING, units, named, warnings, warned);
        plan.measures.add(m);
        for (ParsedMeasure child : source.children()) {
            add(plan, m, child, units, warnings, warned, read);
        }
    }

    private static void addUnits(Measure m, List<UnitMention> mentions, UnitRole role, UnitIndex units, Set<String> named,
                                 List<PlanWarning> warnings, Set<String> warned) {
        for (UnitMention mention : mentions) {
            UnitIndex.Resolution r = units.resolve(mention.name(), mention.mention());
            // the name as the plan meant it (市人社局 for 人社局 after 市公安局), not the directory's
            // canonical name: the reviewer compares it with the document; unitId says what it resolved to
            String name = clip(mention.name(), 200);
            // by name, not by what it resolved to: two units a city keeps apart may share one directory
            // entry elsewhere (市大数据发展局 is part of 市发展改革委 in Qinzhou); the event dedupes by unit
            if (!named.add(UnitNames.key(name))) {
                continue; // a unit that leads a measure does not also cooperate on it, nor appear twice
            }
            m.units.add(new ResponsibleUnit(role, name, clip(mention.mention(), 200), r.unitId(), r.groupId(),
                    mention.openList()));
            if (!r.isResolved() && warned.add(name)) {
                RegionMap.Place other = r.namedRegion();
                warnings.add(other != null
                        ? new PlanWarning(OTHER_REGION_UNIT, null, "'" + name + "' names a unit of " + other.name() + " ("
                                + other.code() + "), which the directory does not have there; it is not taken for a unit"
                                + " of this plan's region. It is added to " + other.name() + " when the plan is published,"
                                + " unless you change it.", m.number)
                        : mention.group()
                        ? new PlanWarning(UNKNOWN_GROUP, null, "'" + name + "' is a group of units the directory does"
                                + " not define; define it (POST /api/v1/units/groups) or name its units.", m.number)
                        : new PlanWarning(UNKNOWN_UNIT, null, "'" + name + "' is not in the unit directory; it is added"
                                + " as a new unit when the plan is published, unless you change it.", m.number));
            }
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }
}
