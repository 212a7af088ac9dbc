package org.supervision.gateway;

import java.net.URI;
import java.util.Optional;

import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;
import io.vertx.core.http.HttpClientOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How the gateway trusts the services it calls over https: the trust store (and, for mutual TLS,
 * the key store) of the Quarkus TLS configuration named in {@code gateway.upstream.tls-configuration-name}
 * ({@code quarkus.tls.<name>.trust-store...}), else the JVM's default trust store. Host names are always
 * verified, and a configuration that trusts every certificate is refused at start: in a cluster, the
 * services' certificates come from the cluster's CA, which is what the trust store is for.
 */
@ApplicationScoped
public class UpstreamTls {

    private final Optional<TlsConfiguration> tls;

    public UpstreamTls(GatewayConfig config, TlsConfigurationRegistry registry) {
        this.tls = config.upstream().tlsConfigurationName().map(name -> registry.get(name).orElseThrow(() ->
                new IllegalStateException("gateway.upstream.tls-configuration-name: no TLS configuration quarkus.tls." + name)));
        this.tls.filter(TlsConfiguration::isTrustAll).ifPresent(trustAll -> {
            throw new IllegalStateException("quarkus.tls." + trustAll.getName()
                    + ".trust-all: the gateway must verify the services' certificates");
        });
    }

    /** The options with the trust (and key) material for https calls; plain http calls ignore them. */
    HttpClientOptions apply(HttpClientOptions options) {
        options.setVerifyHost(true);
        tls.ifPresent(configuration -> {
            if (configuration.getTrustStoreOptions() != null) {
                options.setTrustOptions(configuration.getTrustStoreOptions());
            }
            if (configuration.getKeyStoreOptions() != null) {
                options.setKeyCertOptions(configuration.getKeyStoreOptions());
            }
        });
        return options;
    }

    /** Whether a service URL is to be called over TLS. */
    static boolean secure(URI url) {
        return "https".equalsIgnoreCase(url.getScheme());
    }

    /** The URL's port, or its scheme's default. */
    static int port(URI url) {
        return url.getPort() > 0 ? url.getPort() : secure(url) ? 443 : 80;
    }
}
