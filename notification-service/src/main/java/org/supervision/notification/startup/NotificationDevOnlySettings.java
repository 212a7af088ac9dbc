package org.supervision.notification.startup;

import java.util.List;
import java.util.Locale;

import org.supervision.platform.startup.DevOnlySettings;
import org.supervision.platform.startup.ProductionGuard.DevOnlySetting;

import jakarta.enterprise.context.ApplicationScoped;

/** The development settings of notification's outgoing channels, which the platform's ProductionGuard refuses in production. */
@ApplicationScoped
public class NotificationDevOnlySettings implements DevOnlySettings {

    static final List<DevOnlySetting> SETTINGS = List.of(
            new DevOnlySetting("quarkus.mailer.mock", value -> value.equalsIgnoreCase("true"),
                    "e-mail to units would be written to the log instead of being sent"),
            new DevOnlySetting("supervision.webhooks.allow-http", value -> value.equalsIgnoreCase("true"),
                    "signed notices would go to webhook receivers over plain http"),
            new DevOnlySetting("supervision.webhooks.allowed-hosts", NotificationDevOnlySettings::namesThisMachine,
                    "webhooks could be aimed at this machine's own services (localhost, loopback addresses)"));

    @Override
    public List<DevOnlySetting> settings() {
        return SETTINGS;
    }

    /** localhost or a loopback address among comma-separated hosts: the tests' webhook receivers, never production's. */
    static boolean namesThisMachine(String hosts) {
        for (String host : hosts.split(",")) {
            String h = host.strip().toLowerCase(Locale.ROOT).replaceAll("^\\[|\\]$", "");
            if (h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("::1")
                    || h.equals("0:0:0:0:0:0:0:1") || h.equals("0.0.0.0")) {
                return true;
            }
        }
        return false;
    }
}
