package org.supervision.platform.events.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The relay sizes records without encoding them; the count must be what Kafka will see. */
class OutboxEventTest {

    @Test
    void countsUtf8BytesAsTheEncoderWould() {
        for (String text : new String[] {"", "plan-1", "é", "督查督办 supervision", "𠀀 (outside the BMP)"}) {
            assertEquals(text.getBytes(StandardCharsets.UTF_8).length, OutboxEvent.utf8Bytes(text), text);
        }
    }
}
