package org.supervision.platform.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A JSON number with a fraction is no whole number: Jackson would cut 2024.5 to 2024 for a whole-number
 * field (a plan's year, a progress report's percent) and the request would change without a word. It is a 400 naming the field
 * (rule {@code type}) instead, as any other value of the wrong type. Events and stored JSON carry whole
 * numbers as such, so nothing read here relied on the cut.
 */
@Singleton
public class WholeNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
