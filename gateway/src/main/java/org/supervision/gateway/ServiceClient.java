package org.supervision.gateway;

import java.time.Duration;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The gateway's own small calls to the services (health, API documents), on a pool of their own
 * so they never compete with the proxied traffic.
 */
@ApplicationScoped
public class ServiceClient {

    /** What a service answered. */
    record Answer(int status, Buffer body) {
    }

    private final HttpClient client;

    public ServiceClient(Vertx vertx, UpstreamTls tls) {
        // an https management URL is called over TLS (the absolute URI decides), trusted as the proxied calls are
        this.client = vertx.createHttpClient(tls.apply(new HttpClientOptions().setMaxPoolSize(8).setKeepAlive(true)
                .setIdleTimeout(30).setConnectTimeout(2000)));
    }

    Future<Answer> get(String absoluteUrl, Duration timeout) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(absoluteUrl)
                .setConnectTimeout(timeout.toMillis()).setIdleTimeout(timeout.toMillis())
                .putHeader("Accept", "application/json");
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body)));
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
