package org.supervision.gateway;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/** A request body that tells when bytes arrive, so a slow upload does not count against the service's timeout. */
final class ActivityStream implements ReadStream<Buffer> {

    private final ReadStream<Buffer> delegate;
    private final Runnable onActivity;

    ActivityStream(ReadStream<Buffer> delegate, Runnable onActivity) {
        this.delegate = delegate;
        this.onActivity = onActivity;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        delegate.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        delegate.handler(handler == null ? null : chunk -> {
            onActivity.run();
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        delegate.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        delegate.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        delegate.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        delegate.endHandler(handler == null ? null : end -> {
            onActivity.run();
            handler.handle(end);
        });
        return this;
    }
}
