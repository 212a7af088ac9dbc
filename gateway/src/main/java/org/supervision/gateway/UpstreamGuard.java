package org.supervision.gateway;

import java.util.concurrent.TimeoutException;

import io.quarkus.logging.Log;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.impl.ContextInternal;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Wraps every call to one service: the circuit breaker decides whether to call at all, a deadline
 * cuts off a service that stays silent (504), and the outcome is counted for the breaker. Failures
 * the gateway answers itself are problem+json; the service's own answers pass unchanged.
 */
final class UpstreamGuard implements ProxyInterceptor {

    /** The service did not start answering within its timeout. */
    static final class UpstreamTimeout extends TimeoutException {
        UpstreamTimeout() {
            super("upstream timeout");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private final String service;
    private final Vertx vertx;
    private final CircuitBreaker breaker;
    private final long timeoutMillis;
    private final UpstreamMetrics metrics;

    UpstreamGuard(String service, Vertx vertx, CircuitBreaker breaker, long timeoutMillis, UpstreamMetrics metrics) {
        this.service = service;
        this.vertx = vertx;
        this.breaker = breaker;
        this.timeoutMillis = timeoutMillis;
        this.metrics = metrics;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext proxy) {
        long started = System.nanoTime();
        long wait = breaker.tryAcquire();
        if (wait > 0) {
            metrics.circuitOpen();
            return Future.succeededFuture(problem(proxy, 503, "service-unavailable", "Service unavailable",
                    "The " + service + " service is failing; the gateway stops calling it for a while.")
                    .asProxyResponse(proxy, RateLimiter.retryAfterSeconds(wait)));
        }
        Promise<ProxyResponse> outcome = Promise.promise();
        CallDeadlines.Deadline deadline = CallDeadlines.start(((ContextInternal) vertx.getOrCreateContext()).nettyEventLoop(),
                timeoutMillis, () -> {
                    if (outcome.tryFail(new UpstreamTimeout())) {
                        giveUp(proxy);
                    }
                });
        Body body = proxy.request().getBody();
        if (body != null) {
            // the timeout counts from the last piece of the request body, so a slow upload is not cut off
            proxy.request().setBody(Body.body(new ActivityStream(body.stream(), deadline::touch), body.length()));
        }
        proxy.sendRequest().onComplete(result -> {
            deadline.cancel();
            boolean first = result.succeeded() ? outcome.tryComplete(result.result()) : outcome.tryFail(result.cause());
            if (!first && result.succeeded()) {
                result.result().release();
            }
        });
        return outcome.future().transform(result -> answer(proxy, result, started));
    }

    private Future<ProxyResponse> answer(ProxyContext proxy, AsyncResult<ProxyResponse> result, long started) {
        if (result.succeeded()) {
            metrics.answered(result.result().getStatusCode(), started);
            if (result.result().getStatusCode() >= 500) {
                breaker.onFailure();
            } else {
                breaker.onSuccess();
            }
            if (isEmptyTooLarge(result.result())) {
                // Quarkus answers a chunked body over its limit with an empty 413: the client gets the rule instead
                result.result().release();
                return Future.succeededFuture(problem(proxy, 413, "body-too-large", "Body too large",
                        "The request body is larger than the " + service + " service accepts.").asProxyResponse(proxy, 0));
            }
            return Future.succeededFuture(result.result());
        }
        Throwable failure = result.cause();
        if (proxy.request().proxiedRequest().response().closed()) {
            breaker.onNeitherOutcome(); // the client went away; nothing learnt about the service
            return Future.failedFuture(failure);
        }
        if (failure instanceof ConnectionPoolTooBusyException || failure instanceof io.vertx.core.impl.NoStackTraceTimeoutException) {
            // our own queue is full, or no pooled connection came free in time: the service is busy,
            // not failing; counting it would open the breaker and turn a slow minute into a 503 storm
            breaker.onNeitherOutcome();
            metrics.busy(started);
            return Future.succeededFuture(problem(proxy, 503, "gateway-busy", "Too busy",
                    "Too many requests are waiting for the " + service + " service.").asProxyResponse(proxy, 1));
        }
        if (failure instanceof HttpClosedException) {
            // a pooled connection closed under the request (typically an idle one at the moment it was
            // reused): it says nothing about the service's health, and counting a burst of them opened
            // the breaker for a healthy service. A service that is really gone refuses the next
            // connection, and that counts.
            breaker.onNeitherOutcome();
            metrics.closed(started);
            Log.warnf("%s closed the connection before answering", service);
            return Future.succeededFuture(problem(proxy, 502, "upstream-closed", "Service connection closed",
                    "The connection to the " + service + " service closed before it answered.").asProxyResponse(proxy, 0));
        }
        breaker.onFailure();
        if (failure instanceof UpstreamTimeout) {
            metrics.timedOut(started);
            Log.warnf("%s did not answer within %d ms", service, timeoutMillis);
            return Future.succeededFuture(problem(proxy, 504, "upstream-timeout", "Service timeout",
                    "The " + service + " service did not answer in time.").asProxyResponse(proxy, 0));
        }
        metrics.unreachable(started);
        Log.warnf("%s could not be reached: %s", service, failure.toString());
        return Future.succeededFuture(problem(proxy, 502, "upstream-unreachable", "Service unreachable",
                "The " + service + " service could not be reached.").asProxyResponse(proxy, 0));
    }

    /** A 413 without a body: the service's HTTP layer refused the body before any of its own code could explain. */
    static boolean isEmptyTooLarge(ProxyResponse response) {
        return response.getStatusCode() == 413 && response.headers().get("Content-Type") == null
                && "0".equals(response.headers().get("Content-Length"));
    }

    /** Cuts the call off: closing the upstream request frees its connection instead of returning it busy to the pool. */
    private static void giveUp(ProxyContext proxy) {
        proxy.set(UpstreamOrigin.GIVEN_UP, Boolean.TRUE);
        HttpClientRequest upstream = proxy.get(UpstreamOrigin.UPSTREAM_REQUEST, HttpClientRequest.class);
        if (upstream != null) {
            upstream.reset(0, new UpstreamTimeout());
        }
    }

    private static Problem problem(ProxyContext proxy, int status, String slug, String title, String detail) {
        return new Problem(slug, title, status, detail, proxy.request().proxiedRequest().path());
    }
}
