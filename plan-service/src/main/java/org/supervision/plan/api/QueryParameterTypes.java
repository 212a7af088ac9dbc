package org.supervision.plan.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads the query parameters of the plan lists and edits so that a wrong one is a 400 naming it and
 * what it takes: JAX-RS answers a query parameter it cannot convert with an empty 404, as if the list
 * did not exist. The refusal travels inside that 404; {@link ProblemMapper} answers with it. A status
 * is read regardless of case ({@code status=draft}); a text is kept as sent unless it holds U+0000,
 * which PostgreSQL cannot compare with (refused in JSON bodies by {@link NulCharacters}).
 */
@Provider
public class QueryParameterTypes implements ParamConverterProvider {

    /**
     * The last page number a list accepts. Panache multiplies page by size as an int: past about
     * ten million pages of 200 the offset turns negative and Hibernate refuses it, a 500 for what is
     * only a page beyond the data. A million pages of the largest size is still far past any list.
     */
    public static final int LAST_PAGE = 1_000_000;

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations == null ? new Annotation[0] : annotations)
                .filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value()).findFirst().orElse(null);
        if (name == null || !(rawType.isEnum() || rawType == Integer.class || rawType == String.class)) {
            return null; // path and header parameters, and the other types, keep JAX-RS's own rules
        }
        return new ListParameter<>(rawType, name);
    }

    /** A status or a year of a list's query (blank is the same as leaving it out), or a text. */
    private record ListParameter<T>(Class<T> type, String name) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (type == String.class) {
                return type.cast(withoutNul(name, value));
            }
            if (value == null || value.isBlank()) {
                return null;
            }
            return type.isEnum() ? oneOf(type, name, value.strip()) : type.cast(whole(name, value.strip()));
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }

    private static <T> T oneOf(Class<T> type, String name, String value) {
        for (T constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(value.toUpperCase(Locale.ROOT))) {
                return constant;
            }
        }
        throw refused(name, "one-of", "one of " + Arrays.toString(type.getEnumConstants()));
    }

    private static String withoutNul(String name, String value) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new ProblemException(Problem.badRequest("'" + name + "' " + NulCharacters.MESSAGE + ".",
                    List.of(new Problem.Violation(name, NulCharacters.RULE, NulCharacters.MESSAGE))));
        }
        return value;
    }

    private static Integer whole(String name, String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw refused(name, "integer", "a whole number");
        }
    }

    private static ProblemException refused(String name, String rule, String expected) {
        String message = "must be " + expected;
        return new ProblemException(Problem.badRequest("'" + name + "' " + message + ".",
                List.of(new Problem.Violation(name, rule, message))));
    }
}
