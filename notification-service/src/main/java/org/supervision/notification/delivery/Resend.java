package org.supervision.notification.delivery;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * An operator's resend of a failed or dead delivery: due at once (an operator's decision is not
 * held back by quiet hours), with a fresh retry budget; the last error stays until the next attempt.
 */
@ApplicationScoped
public class Resend {

    private final DeliveryLog log;
    private final Clock clock;

    public Resend(DeliveryLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Transactional
    public DeliveryView resend(UUID id) {
        Delivery delivery = log.lock(id);
        if (delivery == null) {
            throw ProblemException.notFound("delivery " + id);
        }
        if (delivery.channel == Channel.INBOX
                || (delivery.status != DeliveryStatus.FAILED && delivery.status != DeliveryStatus.DEAD)) {
            throw new ProblemException(Problem.of(409, "not-resendable", "Cannot be resent",
                    "Only failed or dead e-mail and webhook deliveries can be resent; this one is "
                            + delivery.channel + " " + delivery.status + "."));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        delivery.status = DeliveryStatus.PENDING;
        delivery.attempts = 0;
        delivery.nextTryAt = now;
        delivery.updatedAt = now;
        return DeliveryView.of(delivery);
    }
}
