package org.supervision.notification.api;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * PostgreSQL text cannot hold U+0000, so a body with that one character in any text would fail only
 * when stored, as a 500. It is refused where every JSON text is read instead: 400 naming the field
 * (rule {@code noNulCharacter}), nothing stored. Every other character, control characters included,
 * is kept as sent.
 */
@Singleton
public class NulCharacters implements ObjectMapperCustomizer {

    static final String RULE = "noNulCharacter";
    static final String MESSAGE = "must not contain the character U+0000";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("no-nul-characters").addDeserializer(String.class, new Refusing()));
    }

    /** Thrown for a text with U+0000; Jackson adds the field's path on its way out. */
    public static final class Found extends MismatchedInputException {

        Found(JsonParser parser) {
            super(parser, MESSAGE, String.class);
        }
    }

    static final class Refusing extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw new Found(parser);
            }
            return text;
        }
    }
}
