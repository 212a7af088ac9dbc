package org.supervision.gateway;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;

/**
 * Sends a proxied answer to the client in as few TCP writes as it arrived in. Vert.x flushes each
 * write to a connection unless that same connection is being read; a proxied answer is written while
 * the service's connection is being read, so the head, every chunk and the end of the body each went
 * out as a system call and a packet of its own (five writes for a 16 KB page of assignments), each
 * waking the client. Netty's flush consolidation on the client's connection turns the flushes made
 * while the event loop works through one read of the service's answer into one, at the end of that
 * work. Nothing waits longer than the event loop's current turn.
 */
final class ClientWrites {

    /** Flushes at the latest after this many consolidated ones (Netty's default). */
    private static final int MAX_HELD_FLUSHES = 256;

    private ClientWrites() {
    }

    /** Consolidates the flushes of this request's HTTP/1.x connection, once per connection. */
    static void consolidate(RoutingContext context) {
        if (context.request().version() == HttpVersion.HTTP_2) {
            return; // HTTP/2 frames already leave in batches
        }
        HttpConnection connection = context.request().connection();
        if (!(connection instanceof ConnectionBase base)) {
            return;
        }
        ChannelPipeline pipeline = base.channel().pipeline();
        // first in the pipeline, so that every flush the connection's handlers make passes through it;
        // checked per request in constant time (a pipeline's first handler)
        if (!(pipeline.first() instanceof FlushConsolidationHandler)) {
            pipeline.addFirst("gateway-flush-consolidation", new FlushConsolidationHandler(MAX_HELD_FLUSHES, true));
        }
    }
}
