package org.supervision.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The path map: a path belongs to the longest prefix it equals or lies below, and to nothing else. */
class PathMapTest {

    private final PathMap<String> paths = PathMap.of(Map.of(
            "/api/v1/plans", "plan", "/api/v1/units/", "plan",
            "/api/v1/assignments", "task", "/api/v1/assignments/archive", "archive"));

    @Test
    void aPathBelongsToThePrefixItEqualsOrLiesBelow() {
        assertEquals("plan", paths.lookup("/api/v1/plans"));
        assertEquals("plan", paths.lookup("/api/v1/plans/"));
        assertEquals("plan", paths.lookup("/api/v1/plans/42/measures/7"));
        assertEquals("plan", paths.lookup("/api/v1/units"), "a trailing slash in the configuration is ignored");
        assertEquals("task", paths.lookup("/api/v1/assignments/1/accept"));
    }

    @Test
    void theLongestPrefixWins() {
        assertEquals("archive", paths.lookup("/api/v1/assignments/archive"));
        assertEquals("archive", paths.lookup("/api/v1/assignments/archive/2024"));
        assertEquals("task", paths.lookup("/api/v1/assignments/archived"));
    }

    @Test
    void aPathThatOnlyStartsLikeAPrefixBelongsToNobody() {
        assertNull(paths.lookup("/api/v1/plansX"));
        assertNull(paths.lookup("/api/v1/plans-old/1"));
        assertNull(paths.lookup("/api/v1/plan"));
        assertNull(paths.lookup("/api/v1"));
        assertNull(paths.lookup("/API/v1/plans"), "paths are case-sensitive, as the router's were");
        assertNull(paths.lookup("/other/api/v1/plans"));
        assertNull(paths.lookup(null));
    }

    @Test
    void aPrefixConfiguredTwiceOrNotAnAbsolutePathIsRefused() {
        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("/api/v1/plans", "plan");
        twice.put("/api/v1/plans/", "task");
        assertThrows(IllegalArgumentException.class, () -> PathMap.of(twice));
        assertThrows(IllegalArgumentException.class, () -> PathMap.of(Map.of("api/v1/plans", "plan")));
        assertThrows(IllegalArgumentException.class, () -> PathMap.of(Map.of("/", "plan")));
        assertThrows(IllegalArgumentException.class, () -> PathMap.of(Map.of("/api/*", "plan")));
    }
}
