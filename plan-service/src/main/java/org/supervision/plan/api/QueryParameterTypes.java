package org.supervision.plan.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads the query parameters of the plan lists and edits so that a wrong one is a 400 naming it and
 * what it takes: JAX-RS answers a query parameter it cannot convert with an empty 404, as if the list
 * did not exist. The refusal travels inside that 404; {@link ProblemMapper} answers with it. A status
 * is read regardless of case ({@code status=draft}); a text is kept as sent unless it holds U+0000,
 * which PostgreSQL cannot compare with, or half a surrogate pair (refused in JSON bodies by {@link StorableText}).
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
        Annotation[] given = annotations == null ? new Annotation[0] : annotations;
        String name = Arrays.stream(given).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value()).findFirst().orElse(null);
        if (name == null || !(rawType.isEnum() || rawType == String.class || rawType == Integer.class || rawType == int.class
                || rawType == Boolean.class || rawType == boolean.class)) {
            return null; // path and header parameters, and the other types, keep JAX-RS's own rules
        }
        String blank = Arrays.stream(given).filter(DefaultValue.class::isInstance).map(a -> ((DefaultValue) a).value()).findFirst()
                .orElse(rawType == int.class ? "0" : rawType == boolean.class ? "false" : null);
        return new ListParameter<>(rawType, name, blank);
    }

    /**
     * A status, a number (a year, a page) or a yes/no of a query, or a text. A blank value is the same as
     * leaving the parameter out: its default, if it has one. JAX-RS would read a primitive's "abc" as a
     * 404 and a boolean's "maybe" as false, so that {@code dryRun=maybe} stored a draft.
     */
    /*
     * A primitive yes/no needs @DefaultValue("false"): left out, Quarkus REST hands a primitive without
     * one the text "0", which is no yes/no and would be refused.
     */
    private record ListParameter<T>(Class<T> type, String name, String blank) implements ParamConverter<T> {

        @Override
        @SuppressWarnings("unchecked")
        public T fromString(String value) {
            if (type == String.class) {
                return type.cast(storable(name, value));
            }
            String text = value == null || value.isBlank() ? blank : value.strip();
            if (text == null) {
                return null;
            }
            if (type.isEnum()) {
                return oneOf(type, name, text);
            }
            return (T) (type == Integer.class || type == int.class ? whole(name, text) : yesOrNo(name, text));
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

    private static String storable(String name, String value) {
        StorableText.Flaw flaw = StorableText.flawOf(value);
        if (flaw != null) {
            throw new ProblemException(StorableText.refusal(name, flaw));
        }
        return value;
    }

    private static Integer whole(String name, String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw refused(name, "integer", "a whole number from -2147483648 to 2147483647");
        }
    }

    /** "yes" or "1" is not false, as Boolean.valueOf would read it, nor true: only true or false, in any case. */
    private static Boolean yesOrNo(String name, String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw refused(name, "boolean", "true or false");
    }

    private static ProblemException refused(String name, String rule, String expected) {
        String message = "must be " + expected;
        return new ProblemException(Problem.badRequest("'" + name + "' " + message + ".",
                List.of(new Problem.Violation(name, rule, message))));
    }
}
