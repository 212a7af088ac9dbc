package org.supervision.plan.imports;

/**
 * Something a reviewer should look at. Codes are stable (other tooling filters on them);
 * {@code line} is 1-based in the submitted text, null when the warning is about the whole
 * document.
 */
public record ImportWarning(String code, Integer line, String message, String measureNumber) {

    public static final String EMPTY_DOCUMENT = "EMPTY_DOCUMENT";
    public static final String NOT_A_PLAN = "NOT_A_PLAN";
    public static final String NO_MEASURES = "NO_MEASURES";
    public static final String NUMBERING_GAP = "NUMBERING_GAP";
    public static final String DUPLICATE_NUMBER = "DUPLICATE_NUMBER";
    public static final String DUPLICATED_TEXT = "DUPLICATED_TEXT";
    public static final String REDACTED_UNIT = "REDACTED_UNIT";
    public static final String REDACTED_TEXT = "REDACTED_TEXT";
    public static final String NO_UNITS = "NO_UNITS";
    public static final String GARBLED_HEADING = "GARBLED_HEADING";
    public static final String GARBLED_TEXT = "GARBLED_TEXT";
    public static final String MARKUP_REMOVED = "MARKUP_REMOVED";
    public static final String INHERITED_UNITS = "INHERITED_UNITS";
    public static final String TRUNCATED = "TRUNCATED";
    public static final String LINE_BREAKS_RESTORED = "LINE_BREAKS_RESTORED";
}
