package org.supervision.platform.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads query parameters so that a wrong value is a 400 naming the parameter and its rule: a typed
 * value (a status, read regardless of case; an id; a date; a page; a yes/no) that does not parse,
 * and a text with U+0000 or half a surrogate pair (refused in JSON bodies by {@link StorableText}).
 * JAX-RS answers a query parameter it cannot convert with an empty 404 ("nothing here"), which sends
 * a client looking for a missing resource instead of a typo. The refusal travels inside that 404 and
 * {@link ProblemMapper} answers with it. Dates keep to the years 0001–9999: PostgreSQL cannot compare
 * with +999999999-12-31, and a filter on it would be a 500.
 */
@Provider
public class QueryParameterTypes implements ParamConverterProvider {

    /**
     * The last page a list accepts: Panache multiplies page by size as an int, and past about ten
     * million pages of 200 the offset turns negative, which Hibernate refuses (a 500 for a page
     * beyond the data).
     */
    public static final int LAST_PAGE = 1_000_000;

    private record Reading(Function<String, Object> parse, String rule, String expected) {
    }

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryName(annotations);
        if (name != null && rawType == String.class) {
            @SuppressWarnings("unchecked")
            ParamConverter<T> text = (ParamConverter<T>) new Text(name);
            return text;
        }
        Reading reading = name == null ? null : readingOf(rawType);
        if (reading == null) {
            return null; // path and header parameters, and the other types, keep JAX-RS's own rules
        }
        return new ReadingOf<>(name, reading, blankMeans(rawType, annotations));
    }

    /** A text as sent, unless it holds U+0000 (PostgreSQL cannot compare with it: a filter on it was a 500) or half a surrogate pair. */
    private record Text(String name) implements ParamConverter<String> {

        @Override
        public String fromString(String value) {
            StorableText.Flaw flaw = StorableText.flawOf(value);
            if (flaw != null) {
                throw new ProblemException(StorableText.refusal(name, flaw));
            }
            return value;
        }

        @Override
        public String toString(String value) {
            return value;
        }
    }

    /*
     * A primitive yes/no needs @DefaultValue("false"): left out, Quarkus REST hands a primitive without
     * one the text "0", which is no yes/no and would be refused.
     */
    /** A typed value; blank is the same as leaving the parameter out: {@code blank}, its default (null for none). */
    private record ReadingOf<T>(String name, Reading reading, String blank) implements ParamConverter<T> {

        @Override
        @SuppressWarnings("unchecked")
        public T fromString(String value) {
            String text = value == null || value.isBlank() ? blank : value.strip();
            try {
                return text == null ? null : (T) reading.parse().apply(text);
            } catch (RuntimeException e) {
                String message = "must be " + reading.expected();
                throw new ProblemException(Problem.badRequest("'" + name + "' " + message + ".",
                        List.of(new Problem.Violation(name, reading.rule(), message))));
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }

    private static Reading readingOf(Class<?> type) {
        if (type.isEnum()) { // a status, read regardless of case (status=draft)
            return new Reading(text -> oneOf(type, text), "one-of", "one of " + Arrays.toString(type.getEnumConstants()));
        }
        if (type == UUID.class) {
            return new Reading(UUID::fromString, "uuid", "a UUID such as 3f2c1e4a-9b7d-4c1e-8a2b-0d9e6f5a4b3c");
        }
        if (type == LocalDate.class) {
            return new Reading(text -> inYears(LocalDate.parse(text)), "date", "a date yyyy-MM-dd of the years 0001 to 9999");
        }
        if (type == OffsetDateTime.class) {
            return new Reading(text -> inYears(OffsetDateTime.parse(text)), "date-time",
                    "a date and time with its offset, such as 2024-09-20T08:00:00+08:00, of the years 0001 to 9999");
        }
        if (type == Boolean.class || type == boolean.class) {
            return new Reading(QueryParameterTypes::strictBoolean, "boolean", "true or false");
        }
        if (type == Integer.class || type == int.class) {
            // a page JAX-RS cannot read (abc, 1.5, 2147483648) was an empty 404, as if the list did not exist
            return new Reading(Integer::valueOf, "integer", "a whole number from -2147483648 to 2147483647");
        }
        return null;
    }

    /** What a blank value reads as: the parameter's default, or, for a primitive, which cannot be left out, 0 or false. */
    private static String blankMeans(Class<?> type, Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof DefaultValue fallback) {
                return fallback.value();
            }
        }
        return type == int.class ? "0" : type == boolean.class ? "false" : null;
    }

    private static Object oneOf(Class<?> type, String text) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(text.toUpperCase(Locale.ROOT))) {
                return constant;
            }
        }
        throw new IllegalArgumentException(text);
    }

    private static <T extends TemporalAccessor> T inYears(T value) {
        int year = value.get(ChronoField.YEAR);
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year " + year);
        }
        return value;
    }

    /** "yes" is not false: JAX-RS's Boolean.valueOf would read it so and filter the other way. */
    private static Boolean strictBoolean(String text) {
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(text);
    }

    private static String queryName(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    return query.value();
                }
            }
        }
        return null;
    }
}
