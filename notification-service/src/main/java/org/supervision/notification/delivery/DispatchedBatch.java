package org.supervision.notification.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.supervision.notification.inbox.InboxItemKind;

/**
 * What one dispatcher batch writes: the inbox items, the delivery log rows, the items held for
 * daily digests and the reminders marked SENT, each as one JDBC batch. Row by row through the ORM, a morning with 100,000 due reminders
 * took minutes; as batches it is one round trip per table.
 */
final class DispatchedBatch {

    private record InboxRow(UUID reminderId, String unitCode, InboxItemKind kind, String title, String body,
                            UUID assignmentId, UUID planId) {
    }

    private record DeliveryRow(UUID reminderId, Channel channel, String recipient, UUID subscriptionId, String subject,
                               String body, DeliveryStatus status, int attempts, Instant nextTry) {
    }

    private record DigestRow(UUID reminderId, String unitCode, String subject, String body) {
    }

    private final Instant now;
    private final List<InboxRow> inbox = new ArrayList<>();
    private final List<DigestRow> digest = new ArrayList<>();
    private final List<DeliveryRow> deliveries = new ArrayList<>();
    private final List<UUID> sent = new ArrayList<>();

    DispatchedBatch(Instant now) {
        this.now = now;
    }

    /** The inbox item of a reminder, logged as delivered at its first attempt (it is written in this transaction). */
    void inbox(UUID reminderId, String unitCode, InboxItemKind kind, String title, String body, UUID assignmentId, UUID planId) {
        inbox.add(new InboxRow(reminderId, unitCode, kind, title, body, assignmentId, planId));
        deliveries.add(new DeliveryRow(reminderId, Channel.INBOX, unitCode, null, title, body, DeliveryStatus.SENT, 1, null));
    }

    /** An e-mail or webhook delivery, tried by the outbound sender from {@code firstTry} on. */
    void outbound(UUID reminderId, Channel channel, String recipient, UUID subscriptionId, String subject, String body,
                  Instant firstTry) {
        deliveries.add(new DeliveryRow(reminderId, channel, recipient, subscriptionId, subject, body, DeliveryStatus.PENDING,
                0, firstTry));
    }

    /** An officer mail held for the unit's next daily digest (DailyDigest) instead of going out alone. */
    void digest(UUID reminderId, String unitCode, String subject, String body) {
        digest.add(new DigestRow(reminderId, unitCode, subject, body));
    }

    void sent(UUID reminderId) {
        sent.add(reminderId);
    }

    void write(Connection connection) throws SQLException {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        // the unique (source_event_id, unit_code) keeps one item per reminder even if a batch ran twice
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into inbox_item (id, unit_code, kind, title, body, assignment_id, plan_id, source_event_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (source_event_id, unit_code) do nothing""")) {
            for (InboxRow row : inbox) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, row.unitCode());
                insert.setString(3, row.kind().name());
                insert.setString(4, row.title());
                insert.setString(5, row.body());
                insert.setObject(6, row.assignmentId());
                insert.setObject(7, row.planId());
                insert.setString(8, "reminder:" + row.reminderId());
                insert.setObject(9, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into delivery (id, reminder_id, channel, recipient, subscription_id, subject, body, status, attempts,
                    next_try_at, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (DeliveryRow row : deliveries) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, row.reminderId());
                insert.setString(3, row.channel().name());
                insert.setString(4, row.recipient());
                insert.setObject(5, row.subscriptionId());
                insert.setString(6, row.subject());
                insert.setString(7, row.body());
                insert.setString(8, row.status().name());
                insert.setInt(9, row.attempts());
                insert.setObject(10, row.nextTry() == null ? null : row.nextTry().atOffset(ZoneOffset.UTC));
                insert.setObject(11, at);
                insert.setObject(12, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        if (!digest.isEmpty()) {
            // once per reminder and unit, should a batch run twice
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into digest_item (id, unit_code, reminder_id, subject, body, created_at)
                    values (?, ?, ?, ?, ?, ?) on conflict (reminder_id, unit_code) do nothing""")) {
                for (DigestRow row : digest) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, row.unitCode());
                    insert.setObject(3, row.reminderId());
                    insert.setString(4, row.subject());
                    insert.setString(5, row.body());
                    insert.setObject(6, at);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update reminder set status = 'SENT', sent_at = ? where id = any (?)")) {
            update.setObject(1, at);
            update.setArray(2, connection.createArrayOf("uuid", sent.toArray()));
            update.executeUpdate();
        }
    }
}
