package org.supervision.platform.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Query parameters read by hand where JAX-RS would answer a bad value with 404 (its rule for
 * conversion failures): a client that writes {@code state=DONE} should hear which values exist.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static <E extends Enum<E>> List<E> enums(List<String> values, Class<E> type, String parameter) {
        List<E> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    out.add(one(part, type, parameter));
                }
            }
        }
        return out;
    }

    public static <E extends Enum<E>> E one(String value, Class<E> type, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.badRequest("The query names a value that does not exist.",
                    List.of(new Problem.Violation(parameter, "one-of", "one of " + Arrays.toString(type.getEnumConstants())))));
        }
    }
}
