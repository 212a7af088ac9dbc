package org.supervision.gateway;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;

/**
 * Opens the request to the service, on the calling event loop's own client ({@link EventLoopClients}): one retry for a read whose connection failed, and the opened
 * request remembered in the proxy context so that {@link UpstreamGuard} can cut it off when it takes too long.
 */
final class UpstreamOrigin implements OriginRequestProvider {

    static final String UPSTREAM_REQUEST = "gateway.upstream-request";
    static final String GIVEN_UP = "gateway.given-up";

    private final EventLoopClients clients;
    private final SocketAddress address;
    private final long connectTimeoutMillis;
    private final boolean retryReads;

    UpstreamOrigin(EventLoopClients clients, SocketAddress address, long connectTimeoutMillis, boolean retryReads) {
        this.clients = clients;
        this.address = address;
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.retryReads = retryReads;
    }

    @Override
    public Future<HttpClientRequest> create(ProxyContext proxy) {
        // the service's own host and port, not the client's Host header (which the proxy passes on), name the
        // peer: an https service's certificate is verified against the host of its configured URL
        RequestOptions options = new RequestOptions().setServer(address).setHost(address.host()).setPort(address.port())
                .setConnectTimeout(connectTimeoutMillis);
        return ReadRetry.once(() -> clients.current().request(options),
                failure -> retryReads && !givenUp(proxy) && ReadRetry.allows(proxy.request().getMethod(), failure))
                .compose(request -> {
                    if (givenUp(proxy)) {
                        // the answer is no longer wanted (timed out while waiting for a connection)
                        request.reset();
                        return Future.failedFuture(new UpstreamGuard.UpstreamTimeout());
                    }
                    proxy.set(UPSTREAM_REQUEST, request);
                    return Future.succeededFuture(request);
                });
    }

    private static boolean givenUp(ProxyContext proxy) {
        return Boolean.TRUE.equals(proxy.get(GIVEN_UP, Boolean.class));
    }
}
