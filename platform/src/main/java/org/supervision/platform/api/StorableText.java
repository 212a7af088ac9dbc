package org.supervision.platform.api;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Texts this service stores exactly as sent, or refuses: never changes silently. PostgreSQL text
 * cannot hold U+0000 (a body with it failed only when stored, as a 500), and UTF-8 cannot hold half
 * of a UTF-16 surrogate pair ("\ud800" alone in JSON): it was answered back as sent but stored and
 * published as '?'. Both are refused where every JSON text is read (400 naming the field, rule
 * {@code noNulCharacter} or {@code noLoneSurrogate}, nothing stored), and in query texts by
 * {@link QueryParameterTypes}. Every other character, control characters and whole surrogate pairs
 * (emoji, CJK Extension B such as 𠀀) included, is kept as sent.
 */
@Singleton
public class StorableText implements ObjectMapperCustomizer {

    /** Why a text cannot be stored as sent. */
    public enum Flaw {
        NUL("noNulCharacter", "must not contain the character U+0000"),
        LONE_SURROGATE("noLoneSurrogate", "must not contain half of a UTF-16 surrogate pair (U+D800 to U+DFFF alone)");

        public final String rule;
        public final String message;

        Flaw(String rule, String message) {
            this.rule = rule;
            this.message = message;
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new Refusing()));
    }

    /** The first reason {@code text} cannot be stored as sent, or null when it can. */
    public static Flaw flawOf(String text) {
        if (text == null) {
            return null;
        }
        return text.indexOf('\u0000') >= 0 ? Flaw.NUL : loneSurrogateAt(text, 0) >= 0 ? Flaw.LONE_SURROGATE : null;
    }

    /** Where the first half of a surrogate pair without its other half is, from {@code from} on; -1 when none. */
    public static int loneSurrogateAt(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a whole pair: one character beyond U+FFFF
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The 400 for {@code field} (a JSON path or a parameter name) holding a text with {@code flaw}. */
    public static Problem refusal(String field, Flaw flaw) {
        return Problem.badRequest("'" + field + "' " + flaw.message + ".", List.of(new Problem.Violation(field, flaw.rule, flaw.message)));
    }

    /** Thrown for a text with a flaw; Jackson adds the field's path on its way out. */
    public static final class Found extends MismatchedInputException {

        private final transient Flaw flaw;

        Found(JsonParser parser, Flaw flaw) {
            super(parser, flaw.message, String.class);
            this.flaw = flaw;
        }

        public Flaw flaw() {
            return flaw;
        }
    }

    static final class Refusing extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            Flaw flaw = flawOf(text);
            if (flaw != null) {
                throw new Found(parser, flaw);
            }
            return text;
        }
    }
}
