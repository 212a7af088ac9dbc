package org.supervision.gateway;

import java.net.ConnectException;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;

/**
 * The one retry the gateway makes: a GET or HEAD whose connection could not be made at all. Nothing
 * reached the service then, so trying again cannot do anything twice; a POST, PUT, PATCH or DELETE
 * is never repeated, and neither is a call that timed out (the service may still be working on it).
 */
final class ReadRetry {

    private ReadRetry() {
    }

    static boolean allows(HttpMethod method, Throwable failure) {
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) && isConnectFailure(failure);
    }

    static boolean isConnectFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) { // refused, unreachable, and Netty's connect timeout
                return true;
            }
        }
        return false;
    }

    /** Runs the attempt, and once more if its failure is retryable. */
    static <T> Future<T> once(Supplier<Future<T>> attempt, Predicate<Throwable> retryable) {
        return attempt.get().recover(failure -> retryable.test(failure) ? attempt.get() : Future.failedFuture(failure));
    }
}
