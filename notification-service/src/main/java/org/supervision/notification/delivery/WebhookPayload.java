package org.supervision.notification.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The JSON a webhook receives; {@code reminderId} lets it recognise a resend or a retry it already has. */
public record WebhookPayload(String type, UUID reminderId, String kind, UUID assignmentId, UUID planId, String planTitle,
                             String measureNumber, String measureTitle, String unitCode, String unitName,
                             LocalDate deadline, String title, String text, OffsetDateTime dispatchedAt) {

    public static final String TYPE = "supervision.reminder.v1";
}
