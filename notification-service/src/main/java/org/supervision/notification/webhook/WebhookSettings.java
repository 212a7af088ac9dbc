package org.supervision.notification.webhook;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which webhook URLs may be registered and posted to (supervision.webhooks.*). */
@ConfigMapping(prefix = "supervision.webhooks")
public interface WebhookSettings {

    /** Plain http besides https: for a local receiver in dev and tests only. */
    @WithDefault("false")
    boolean allowHttp();

    /**
     * Host names or IP addresses that may be posted to although they are internal (loopback,
     * private...): e.g. an SMS gateway inside the government network. Empty: none.
     */
    Optional<List<String>> allowedHosts();
}
