package org.supervision.notification.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Query parameters that name an assignment or a plan (UUIDs) or a delivery status: a value that is
 * neither is a 400 naming the parameter. JAX-RS would answer an empty 404, which reads as "you may
 * not see this" rather than "this is not an id". {@link ProblemMapper} unwraps the refusal from it.
 */
@Provider
public class QueryParameterTypes implements ParamConverterProvider {

    /**
     * The last page number the lists of this service accept: Panache and the delivery log multiply page
     * by size as an int, and the negative offset a few million pages on is a 500 from Hibernate.
     */
    public static final int LAST_PAGE = 1_000_000;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        QueryParam query = annotations == null ? null : (QueryParam) Arrays.stream(annotations)
                .filter(QueryParam.class::isInstance).findFirst().orElse(null);
        if (query == null || !(rawType == UUID.class || rawType.isEnum())) {
            return null;
        }
        String name = query.value();
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return rawType == UUID.class ? (T) UUID.fromString(value.strip())
                            : (T) Enum.valueOf((Class) rawType, value.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    String expected = rawType == UUID.class ? "an id (a UUID)" : "one of " + Arrays.toString(rawType.getEnumConstants());
                    throw new ProblemException(Problem.badRequest("'" + name + "' must be " + expected + ".",
                            List.of(new Problem.Violation(name, rawType == UUID.class ? "uuid" : "one-of", "must be " + expected))));
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
