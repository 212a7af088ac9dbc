package org.supervision.notification.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the mailer at an SMTP port that the e-mail test opens with its own GreenMail server (so it
 * can read the decoded messages). The port travels in a system property: this resource and the
 * tests are loaded by different class loaders.
 */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String PORT_PROPERTY = "supervision.test.smtp-port";

    @Override
    public Map<String, String> start() {
        String port = System.getProperty(PORT_PROPERTY);
        if (port == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = Integer.toString(socket.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(PORT_PROPERTY, port);
        }
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", port,
                "supervision.reminders.delivery.supervisor-emails", "duban@qinzhou.example");
    }

    @Override
    public void stop() {
    }
}
