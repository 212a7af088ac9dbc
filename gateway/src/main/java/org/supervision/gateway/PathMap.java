package org.supervision.gateway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The path map (gateway.services.*.paths) as one lookup: a path belongs to the longest configured
 * prefix it equals or lies below ("/api/v1/plans" owns "/api/v1/plans" and "/api/v1/plans/42", never
 * "/api/v1/plansX"). One route with this lookup replaces a router route per prefix, which the router
 * tried one after another for every request.
 */
final class PathMap<T> {

    private final String[] prefixes;
    private final List<T> targets;

    private PathMap(String[] prefixes, List<T> targets) {
        this.prefixes = prefixes;
        this.targets = targets;
    }

    /** @param byPrefix target by path prefix; a trailing slash is ignored, an empty or relative prefix refused */
    static <T> PathMap<T> of(Map<String, T> byPrefix) {
        Map<String, T> normalized = new LinkedHashMap<>();
        byPrefix.forEach((prefix, target) -> {
            String p = normalize(prefix);
            if (normalized.put(p, target) != null) {
                throw new IllegalArgumentException("the path prefix " + p + " is configured twice");
            }
        });
        List<Map.Entry<String, T>> entries = new ArrayList<>(normalized.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, T> e) -> e.getKey().length()).reversed());
        return new PathMap<>(entries.stream().map(Map.Entry::getKey).toArray(String[]::new),
                entries.stream().map(Map.Entry::getValue).toList());
    }

    static String normalize(String prefix) {
        String p = prefix.trim();
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!p.startsWith("/") || p.length() < 2 || p.contains("*")) {
            throw new IllegalArgumentException("a path prefix must be an absolute path without wildcards: " + prefix);
        }
        return p;
    }

    /** The target owning this path, or null. */
    T lookup(String path) {
        if (path == null) {
            return null;
        }
        for (int i = 0; i < prefixes.length; i++) {
            String prefix = prefixes[i];
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return targets.get(i);
            }
        }
        return null;
    }
}
