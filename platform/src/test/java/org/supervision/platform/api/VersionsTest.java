package org.supervision.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** ETags and If-Match: 428 without one, 400 for one this service never gave out, 412 for a stale one. */
class VersionsTest {

    @Test
    void anIfMatchIsReadStrongOrWeak() {
        assertEquals(3, Versions.fromIfMatch("\"3\""));
        assertEquals(3, Versions.fromIfMatch("W/\"3\""));
        assertEquals(428, assertThrows(ProblemException.class, () -> Versions.fromIfMatch(" ")).problem().status());
        assertEquals(400, assertThrows(ProblemException.class, () -> Versions.fromIfMatch("\"abc\"")).problem().status());
    }

    @Test
    void aStaleVersionIs412NamingTheCurrentOne() {
        Versions.check(4, 4);
        ProblemException stale = assertThrows(ProblemException.class, () -> Versions.check(3, 4, "The assignment"));
        assertEquals(412, stale.problem().status());
        assertEquals("The assignment was changed after you read it (it is now at version 4). Read it again and reapply your change.",
                stale.problem().detail());
        assertEquals("The resource was changed after you read it (it is now at version 4). Read it again and reapply your change.",
                assertThrows(ProblemException.class, () -> Versions.check(3, 4)).problem().detail());
    }
}
