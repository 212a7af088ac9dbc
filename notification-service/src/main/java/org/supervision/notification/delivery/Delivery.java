package org.supervision.notification.delivery;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message to one recipient on one channel, with every attempt's outcome: the delivery log. */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    public UUID id;

    @Column(name = "reminder_id")
    public UUID reminderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    /** Unit code (inbox), e-mail address, or "webhook <name>" (never the URL, which may carry a token). */
    @Column(nullable = false)
    public String recipient;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    /** Set for a unit's daily digest mail (which has no one reminder). */
    @Column(name = "digest_id")
    public UUID digestId;

    @Column(nullable = false)
    public String subject;

    /** Mail text, or the webhook's JSON body exactly as signed. */
    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** Why a CANCELLED delivery is not sent ("webhook stopped"); null for every other status. */
    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "next_try_at")
    public OffsetDateTime nextTryAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
