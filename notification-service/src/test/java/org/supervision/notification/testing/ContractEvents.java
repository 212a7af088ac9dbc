package org.supervision.notification.testing;

import java.time.OffsetDateTime;

import org.supervision.contracts.CloudEvent;
import org.supervision.contracts.EventSchemas;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Writes a contract record inside its CloudEvents envelope as the producers do (the contracts' own mapper,
 * which writes as the services' Quarkus ObjectMapper does): the fixtures build events only this way, so
 * they cannot drift from the contracts unseen (FixturesFollowTheContractsTest checks them by the schemas).
 */
public final class ContractEvents {

    private ContractEvents() {
    }

    public static String cloudEvent(String eventId, String source, String type, Object subject, OffsetDateTime time,
                                    Record data) {
        try {
            return EventSchemas.JSON.writeValueAsString(
                    new CloudEvent(eventId, source, type, String.valueOf(subject), time, data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + type, e);
        }
    }
}
