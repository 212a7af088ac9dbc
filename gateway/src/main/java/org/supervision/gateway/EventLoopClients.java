package org.supervision.gateway;

import java.util.function.Supplier;

import io.vertx.core.Context;
import io.vertx.core.http.HttpClient;

/**
 * One service's HTTP clients, one per event loop. A request is proxied on the event loop that
 * received it; with a client of its own, that loop's upstream connections are created on it and
 * serve only its requests, so the request, the upstream call and the answer stay on one thread.
 * With one shared client, about half the calls used a connection of the other loop, and every
 * event of those calls (request head, answer head, body, end) was handed across threads as a task.
 */
final class EventLoopClients {

    private final ThreadLocal<HttpClient> perLoop;
    private final HttpClient offLoop;

    /** @param create makes a client with the per-loop share of the pool; offLoop serves callers outside the event loops */
    EventLoopClients(Supplier<HttpClient> create, HttpClient offLoop) {
        this.perLoop = ThreadLocal.withInitial(create);
        this.offLoop = offLoop;
    }

    /** The client for callers outside the event loops. */
    HttpClient offLoop() {
        return offLoop;
    }

    /** The calling event loop's client. */
    HttpClient current() {
        return Context.isOnEventLoopThread() ? perLoop.get() : offLoop;
    }
}
