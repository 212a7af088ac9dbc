package org.supervision.notification.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends a delivery as a plain-text UTF-8 mail over SMTP (quarkus.mailer.*). */
@ApplicationScoped
public class EmailChannel {

    private final Mailer mailer;

    public EmailChannel(Mailer mailer) {
        this.mailer = mailer;
    }

    /** Throws when the SMTP server does not accept the message. */
    public void send(Delivery delivery) {
        mailer.send(Mail.withText(delivery.recipient, delivery.subject, delivery.body));
    }
}
