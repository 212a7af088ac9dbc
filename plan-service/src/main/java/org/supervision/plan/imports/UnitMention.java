package org.supervision.plan.imports;

/**
 * A unit as a plan names it. {@code mention} is the text as written; {@code name} what it
 * stands for (inherited prefix added, {@code 等单位} dropped), which is what the directory
 * resolves. {@code group} marks mentions of several units ({@code 各县区人民政府}) that
 * expand on publish; {@code openList} that the plan's list ended in {@code 等单位/等部门}.
 */
public record UnitMention(String name, String mention, boolean group, boolean openList) {
}
