package org.supervision.notification.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Query parameters that name an assignment or a plan (UUIDs), a delivery status, a page or a yes/no:
 * a value that is none of these is a 400 naming the parameter. JAX-RS would answer an empty 404 for
 * an id or a page it cannot read, which reads as "you may not see this" rather than "this is not an
 * id", and read {@code unreadOnly=maybe} as false. {@link ProblemMapper} unwraps the refusal from the
 * 404. A blank value is the same as leaving the parameter out.
 */
@Provider
public class QueryParameterTypes implements ParamConverterProvider {

    /**
     * The last page number the lists of this service accept: Panache and the delivery log multiply page
     * by size as an int, and the negative offset a few million pages on is a 500 from Hibernate.
     */
    public static final int LAST_PAGE = 1_000_000;

    /*
     * A primitive yes/no needs @DefaultValue("false"): left out, Quarkus REST hands a primitive without
     * one the text "0", which is no yes/no and would be refused.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Annotation[] given = annotations == null ? new Annotation[0] : annotations;
        String name = Arrays.stream(given).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        if (name == null || !(rawType == UUID.class || rawType.isEnum() || rawType == int.class || rawType == Integer.class
                || rawType == boolean.class || rawType == Boolean.class)) {
            return null;
        }
        String blank = Arrays.stream(given).filter(DefaultValue.class::isInstance).map(a -> ((DefaultValue) a).value())
                .findFirst().orElse(rawType == int.class ? "0" : rawType == boolean.class ? "false" : null);
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                String text = value == null || value.isBlank() ? blank : value.strip();
                return text == null ? null : (T) read(rawType, name, text);
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object read(Class<?> type, String name, String text) {
        if (type == UUID.class) {
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                throw refused(name, "uuid", "an id (a UUID)");
            }
        }
        if (type.isEnum()) {
            try {
                return Enum.valueOf((Class) type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw refused(name, "one-of", "one of " + Arrays.toString(type.getEnumConstants()));
            }
        }
        if (type == int.class || type == Integer.class) {
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                throw refused(name, "integer", "a whole number from -2147483648 to 2147483647");
            }
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        throw refused(name, "boolean", "true or false");
    }

    private static ProblemException refused(String name, String rule, String expected) {
        String message = "must be " + expected;
        return new ProblemException(Problem.badRequest("'" + name + "' " + message + ".",
                List.of(new Problem.Violation(name, rule, message))));
    }
}
