package org.supervision.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;

/**
 * The union of what the services' copies read: statuses in any case (plan, notification), ids
 * (task, notification), dates (task), strict yes/no and whole numbers, storable texts (plan, task).
 */
class QueryParameterTypesTest {

    enum State { DRAFT, PUBLISHED }

    @SuppressWarnings("unused")
    static void list(@QueryParam("status") State status, @QueryParam("planId") UUID planId, @QueryParam("dueBefore") LocalDate dueBefore,
                     @QueryParam("updatedSince") OffsetDateTime updatedSince, @QueryParam("page") @DefaultValue("0") int page,
                     @QueryParam("overdue") Boolean overdue, @QueryParam("q") String q, @PathParam("id") UUID id) {
    }

    private static final Class<?>[] TYPES = {State.class, UUID.class, LocalDate.class, OffsetDateTime.class, int.class, Boolean.class,
            String.class, UUID.class};

    private static ParamConverter<?> converter(int parameter) {
        try {
            Method list = QueryParameterTypesTest.class.getDeclaredMethod("list", TYPES);
            Annotation[] annotations = list.getParameterAnnotations()[parameter];
            return new QueryParameterTypes().getConverter(TYPES[parameter], TYPES[parameter], annotations);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static Problem.Violation refusal(int parameter, String value) {
        ProblemException refused = assertThrows(ProblemException.class, () -> converter(parameter).fromString(value));
        assertEquals(400, refused.problem().status());
        return refused.problem().errors().get(0);
    }

    @Test
    void aStatusIsReadInAnyCaseAndAnUnknownOneNamesTheValuesThatExist() {
        assertEquals(State.DRAFT, converter(0).fromString("draft"));
        Problem.Violation unknown = refusal(0, "done");
        assertEquals("status", unknown.field());
        assertEquals("one-of", unknown.rule());
        assertEquals("must be one of [DRAFT, PUBLISHED]", unknown.message());
    }

    @Test
    void idsDatesAndNumbersThatDoNotParseAre400sNamingTheParameter() {
        assertEquals("uuid", refusal(1, "not-an-id").rule());
        assertEquals("date", refusal(2, "2024-02-30").rule());
        assertEquals("date", refusal(2, "+10000-01-01").rule(), "PostgreSQL cannot compare with years past 9999");
        assertEquals("date-time", refusal(3, "2024-09-20T08:00:00").rule(), "an offset is required");
        assertEquals("integer", refusal(4, "1.5").rule());
        assertEquals("boolean", refusal(5, "yes").rule());
        assertEquals(LocalDate.of(2024, 9, 20), converter(2).fromString("2024-09-20"));
    }

    @Test
    void aBlankValueIsTheParameterLeftOut() {
        assertEquals(0, converter(4).fromString(" "));
        assertNull(converter(5).fromString(""));
        assertNull(converter(0).fromString(""));
    }

    @Test
    void aTextIsKeptAsSentUnlessPostgresqlOrUtf8CannotHoldIt() {
        assertEquals(" 钦州 %_' ", converter(6).fromString(" 钦州 %_' "));
        assertEquals("noNulCharacter", refusal(6, "a\u0000b").rule());
        assertEquals("noLoneSurrogate", refusal(6, "a\ud800").rule());
    }

    @Test
    void pathParametersKeepJaxRsRules() {
        assertNull(converter(7));
    }
}
