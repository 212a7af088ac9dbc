package org.supervision.platform.idempotency;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

/** The key this request claimed, between the filter that claimed it and the interceptor that answers on it. */
@RequestScoped
public class HeldKey {

    private KeyedRequest request;
    private UUID attempt;
    private boolean answered;

    void hold(KeyedRequest request, UUID attempt) {
        this.request = request;
        this.attempt = attempt;
    }

    boolean held() {
        return attempt != null;
    }

    KeyedRequest request() {
        return request;
    }

    UUID attempt() {
        return attempt;
    }

    void answered() {
        answered = true;
    }

    boolean unanswered() {
        return attempt != null && !answered;
    }
}
