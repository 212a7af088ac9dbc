package org.supervision.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The operations of an RFC 6902 patch that kustomize applies when a {@code patches} entry with a {@code target}
 * holds a list of operations: {@code test}, {@code replace}, {@code add} and {@code remove}. A {@code test} that
 * does not hold stops the rendering, so a patch addressing a list item by index fails loudly when the list moves.
 */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(Map<String, Object> object, List<Map<String, Object>> operations) {
        for (Map<String, Object> operation : operations) {
            String op = String.valueOf(operation.get("op"));
            String path = (String) operation.get("path");
            if (path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException("a JSON patch operation needs a path from the root: " + operation);
            }
            List<String> tokens = tokens(path);
            Object parent = walk(object, tokens.subList(0, tokens.size() - 1), path);
            String last = tokens.get(tokens.size() - 1);
            switch (op) {
                case "test" -> {
                    Object found = get(parent, last, path);
                    if (!Objects.equals(found, operation.get("value"))) {
                        throw new IllegalArgumentException("JSON patch test failed: " + path + " is " + found + ", not " + operation.get("value"));
                    }
                }
                case "replace" -> {
                    get(parent, last, path); // must exist
                    put(parent, last, Kustomize.copy(operation.get("value")), false, path);
                }
                case "add" -> put(parent, last, Kustomize.copy(operation.get("value")), true, path);
                case "remove" -> remove(parent, last, path);
                default -> throw new IllegalArgumentException("JSON patch operation '" + op + "' is not rendered here: " + operation);
            }
        }
    }

    private static List<String> tokens(String path) {
        List<String> tokens = new ArrayList<>();
        for (String token : path.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static Object walk(Object at, List<String> tokens, String path) {
        Object current = at;
        for (String token : tokens) {
            current = get(current, token, path);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Object get(Object container, String token, String path) {
        if (container instanceof Map<?, ?> map && map.containsKey(token)) {
            return ((Map<String, Object>) map).get(token);
        }
        if (container instanceof List<?> list) {
            return list.get(index(list, token, false, path));
        }
        throw new IllegalArgumentException("JSON patch path " + path + ": nothing at '" + token + "'");
    }

    @SuppressWarnings("unchecked")
    private static void put(Object container, String token, Object value, boolean insert, String path) {
        if (container instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put(token, value);
        } else if (container instanceof List<?> list) {
            List<Object> items = (List<Object>) list;
            int index = index(list, token, insert, path);
            if (insert) {
                items.add(index, value);
            } else {
                items.set(index, value);
            }
        } else {
            throw new IllegalArgumentException("JSON patch path " + path + ": '" + token + "' is not in a map or a list");
        }
    }

    private static void remove(Object container, String token, String path) {
        get(container, token, path); // must exist
        if (container instanceof Map<?, ?> map) {
            map.remove(token);
        } else {
            ((List<?>) container).remove(index((List<?>) container, token, false, path));
        }
    }

    private static int index(List<?> list, String token, boolean insert, String path) {
        if (insert && "-".equals(token)) {
            return list.size();
        }
        try {
            int index = Integer.parseInt(token);
            if (index >= 0 && index < list.size() + (insert ? 1 : 0)) {
                return index;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new IllegalArgumentException("JSON patch path " + path + ": no item " + token + " in a list of " + list.size());
    }
}
