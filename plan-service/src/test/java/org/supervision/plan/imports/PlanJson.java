package org.supervision.plan.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A parse in the import endpoint's JSON shape, so the scorer reads what the endpoint would send. */
final class PlanJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private PlanJson() {
    }

    static ObjectNode of(ParsedPlan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode p = root.putObject("plan");
        PlanHeader h = plan.header();
        p.put("title", h.title());
        p.put("docNumber", h.docNumber());
        p.put("issuer", h.issuer());
        p.put("issuedOn", h.issuedOn() == null ? null : h.issuedOn().toString());
        p.put("year", h.year());
        ArrayNode measures = root.putArray("measures");
        plan.measures().forEach(m -> measures.add(measure(m)));
        ArrayNode warnings = root.putArray("warnings");
        for (ImportWarning w : plan.warnings()) {
            ObjectNode o = warnings.addObject();
            o.put("code", w.code());
            o.put("line", w.line());
            o.put("message", w.message());
            o.put("measureNumber", w.measureNumber());
        }
        return root;
    }

    private static ObjectNode measure(ParsedMeasure m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("number", m.number());
        ArrayNode path = o.putArray("path");
        m.path().forEach(path::add);
        o.put("title", m.title());
        o.put("text", m.text());
        units(o.putArray("leadUnits"), m.leadUnits());
        units(o.putArray("cooperatingUnits"), m.cooperatingUnits());
        o.put("deadline", m.deadline() == null ? null : m.deadline().toString());
        o.put("deadlineText", m.deadlineText());
        ArrayNode targets = o.putArray("targets");
        for (Target t : m.targets()) {
            ObjectNode x = targets.addObject();
            x.put("text", t.text());
            x.put("metric", t.metric());
            x.put("comparator", t.comparator());
            x.put("value", t.value());
            x.put("unit", t.unit());
        }
        ArrayNode children = o.putArray("children");
        m.children().forEach(c -> children.add(measure(c)));
        return o;
    }

    private static void units(ArrayNode into, java.util.List<UnitMention> units) {
        for (UnitMention u : units) {
            ObjectNode x = into.addObject();
            x.put("name", u.name());
            x.put("mention", u.mention());
            x.putNull("unitId");
        }
    }
}
