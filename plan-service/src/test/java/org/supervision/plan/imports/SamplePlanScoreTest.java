package org.supervision.plan.imports;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The quality bar on the three sample plans: measure F1 and unit F1 at least 0.98,
 * scored like {@code tools/score-import.py}. Each parse is also written to
 * {@code target/plan-imports/} so the Python scorer can be run on it.
 */
class SamplePlanScoreTest {

    private static final double BAR = 0.98;

    @Test
    void qinzhouImplementationPlanMeetsTheBar() throws IOException {
        assertMeetsBar("qinzhou-2024-implementation-plan");
    }

    @Test
    void hechiWorkPointsMeetTheBar() throws IOException {
        assertMeetsBar("hechi-2024-work-points");
    }

    @Test
    void maomingTraditionalChineseActionPlanMeetsTheBar() throws IOException {
        assertMeetsBar("maoming-2023-2025-action-plan");
    }

    private static void assertMeetsBar(String name) throws IOException {
        String text = resource(name + ".txt");
        JsonNode gold = PlanJson.MAPPER.readTree(resource(name + ".json"));
        JsonNode predicted = PlanJson.of(new PlanDocumentParser().parse(text));
        Path out = Path.of("target", "plan-imports", name + ".json");
        Files.createDirectories(out.getParent());
        PlanJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), predicted);

        ImportScorer.Score score = ImportScorer.score(gold, predicted);
        System.out.println(name + " " + score.summary());
        score.unmatchedGold().forEach(t -> System.out.println("  unmatched gold: " + t));
        score.unmatchedPredicted().forEach(t -> System.out.println("  unmatched predicted: " + t));
        score.unitMismatches().forEach(t -> System.out.println("  units: " + t));
        assertTrue(score.measureF1() >= BAR, name + " measure F1 " + score.measureF1());
        assertTrue(score.unitF1() >= BAR, name + " unit F1 " + score.unitF1());
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SamplePlanScoreTest.class.getResourceAsStream("/plans/" + name)) {
            assertNotNull(in, "missing test resource plans/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
