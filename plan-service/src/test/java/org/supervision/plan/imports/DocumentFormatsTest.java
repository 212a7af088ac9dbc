package org.supervision.plan.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The sample plans in the formats offices send, built from their text in the test (so they can be
 * changed): each must read as the same measures and units as the text, and score 1.0 against the
 * hand-checked answers.
 */
class DocumentFormatsTest {

    static final String[] PLANS = {"hechi-2024-work-points", "qinzhou-2024-implementation-plan", "maoming-2023-2025-action-plan"};

    static ParsedPlan parseText(String name) throws IOException {
        return new PlanDocumentParser().parse(SamplePlanScoreTest.resource(name + ".txt"));
    }

    static DocumentText.Read read(byte[] bytes, String fileName) {
        return DocumentText.read(new SourceDocument(bytes, fileName, null));
    }

    static ParsedPlan parse(DocumentText.Read read) {
        return PlanImports.withTitle(new PlanDocumentParser().parse(read.text()), read.title());
    }

    /** What a reviewer compares: number, section, title, units and deadline of every measure and sub-item. */
    static List<String> measures(ParsedPlan plan) {
        List<String> out = new ArrayList<>();
        plan.measures().forEach(m -> describe(m, out));
        return out;
    }

    private static void describe(ParsedMeasure m, List<String> out) {
        // Word shows （一） in full-width brackets where a text may have typed (一): the same heading
        out.add(TextNormaliser.parseForm(m.number()) + " | " + m.path().stream().map(TextNormaliser::parseForm).toList() + " | " + m.title() + " | "
                + m.leadUnits().stream().map(UnitMention::name).toList() + " | "
                + m.cooperatingUnits().stream().map(UnitMention::name).toList() + " | " + m.deadline());
        m.children().forEach(c -> describe(c, out));
    }

    /** Names the first measure that differs, and keeps the text read in target/ for a look. */
    static void assertSameMeasures(List<String> expected, List<String> actual, String what, DocumentText.Read read)
            throws IOException {
        java.nio.file.Path dump = java.nio.file.Path.of("target", "plan-imports", what.replace(' ', '-') + ".txt");
        java.nio.file.Files.createDirectories(dump.getParent());
        java.nio.file.Files.writeString(dump, read.text());
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ": measure " + (i + 1) + " (text read: " + dump + ")");
        }
        assertEquals(expected.size(), actual.size(), what + ": measures (text read: " + dump + ")");
    }

    static void assertScoresOne(String name, ParsedPlan plan) throws IOException {
        JsonNode gold = PlanJson.MAPPER.readTree(SamplePlanScoreTest.resource(name + ".json"));
        ImportScorer.Score score = ImportScorer.score(gold, PlanJson.of(plan));
        score.unmatchedGold().forEach(t -> System.out.println(name + "  unmatched gold: " + t));
        score.unmatchedPredicted().forEach(t -> System.out.println(name + "  unmatched predicted: " + t));
        score.unitMismatches().forEach(t -> System.out.println(name + "  units: " + t));
        assertEquals(1.0, score.measureF1(), 1e-9, name + " measure F1: " + score.summary());
        assertEquals(1.0, score.unitF1(), 1e-9, name + " unit F1: " + score.summary());
    }

    @Test
    void aDocxNumberedByWordsListsReadsAsItsTextAndScoresOne() throws IOException {
        for (String name : PLANS) {
            ParsedPlan text = parseText(name);
            byte[] docx = PlanFiles.numberedDocx(SamplePlanScoreTest.resource(name + ".txt"), text.header().title());
            DocumentText.Read read = read(docx, name + ".docx");
            assertEquals(DocumentFormat.DOCX, read.format());
            ParsedPlan plan = parse(read);
            assertSameMeasures(measures(text), measures(plan), name + " as .docx", read);
            assertEquals(text.header().title(), plan.header().title(), name + ": the title paragraph, not a heading");
            assertEquals(text.header().year(), plan.header().year(), name);
            assertScoresOne(name, plan);
            assertTrue(plan.measures().stream().allMatch(m -> read.locationOf(m.line()).startsWith("paragraph ")), name);
        }
    }

    @Test
    void aPdfWithATextLayerReadsAsItsTextAndScoresOne() throws IOException {
        for (String name : PLANS) {
            ParsedPlan text = parseText(name);
            byte[] pdf = PlanFiles.pdf(SamplePlanScoreTest.resource(name + ".txt"), "人民政府办公室文件");
            DocumentText.Read read = read(pdf, name + ".pdf");
            assertEquals(DocumentFormat.PDF, read.format());
            assertFalse(read.text().contains("— 2 —"), "page numbers are dropped");
            assertFalse(read.text().contains("人民政府办公室文件"), "the running head is dropped");
            ParsedPlan plan = parse(read);
            assertSameMeasures(measures(text), measures(plan), name + " as .pdf", read);
            assertEquals(text.header().title(), plan.header().title(), name);
            assertScoresOne(name, plan);
            assertTrue(plan.measures().stream().allMatch(m -> read.locationOf(m.line()).matches("page \\d+")), name);
        }
    }

    @Test
    void aTaskTableAsAWordTableWithMergedCellsGivesEveryMeasureItsSection() throws IOException {
        for (String name : PLANS) {
            ParsedPlan text = parseText(name);
            List<PlanFiles.TaskRow> rows = PlanFiles.taskRows(text);
            // the title row names the plan's year (分工表 often do), so the draft's year is the plan's, not today's
            String year = String.valueOf(text.header().year());
            String title = text.header().title().contains(year) ? text.header().title() : year + "年" + text.header().title();
            List<byte[]> files = List.of(PlanFiles.taskTableDocx(title, rows), PlanFiles.taskTableXlsx(title, rows, false),
                    PlanFiles.taskTableXlsx(title, rows, true), PlanFiles.taskTableCsv(title, rows));
            for (int f = 0; f < files.size(); f++) {
                byte[] file = files.get(f);
                String fileName = name + (file[0] == 'P' ? "" : ".csv");
                DocumentText.Read read = read(file, fileName);
                ParsedPlan plan = parse(read);
                String what = name + " table " + f + " as " + read.format();
                java.nio.file.Path dump = java.nio.file.Path.of("target", "plan-imports", name + "-table-" + f + ".txt");
                java.nio.file.Files.createDirectories(dump.getParent());
                java.nio.file.Files.writeString(dump, read.text());
                assertEquals(rows.size(), plan.measures().size(), what + ": one measure per row (" + dump + ")");
                for (int i = 0; i < rows.size(); i++) {
                    PlanFiles.TaskRow row = rows.get(i);
                    ParsedMeasure m = plan.measures().get(i);
                    assertEquals(text.measures().get(i).title(), m.title(), what + ": no section glued onto the title");
                    if (!row.section().isEmpty()) {
                        assertEquals(1, m.path().size(), what + " row " + (i + 1) + ": its section");
                        // a sheet's name holds at most 31 characters
                        assertTrue(row.section().startsWith(m.path().get(0)), what + " row " + (i + 1) + ": its section "
                                + m.path());
                    }
                    assertEquals(text.measures().get(i).leadUnits().stream().map(UnitMention::name).toList(),
                            m.leadUnits().stream().map(UnitMention::name).toList(), what);
                    assertNotNull(read.locationOf(m.line()), what);
                }
                assertEquals(title, plan.header().title(), what + ": titled by the row above the table");
                assertEquals(text.header().year(), plan.header().year(), what + ": the year of the title, not today's");
                assertScoresOne(name, plan);
            }
        }
    }
}
