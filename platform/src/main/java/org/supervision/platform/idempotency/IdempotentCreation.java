package org.supervision.platform.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;
import jakarta.ws.rs.NameBinding;

/**
 * A creating POST that honours an {@code Idempotency-Key}: the same key and body again within 24 hours
 * answer the first answer instead of creating again. Binds the JAX-RS filter that claims the key
 * ({@link IdempotencyKeyFilter}) and the interceptor that records the answer in the creation's own
 * transaction ({@link IdempotentCreationInterceptor}). Document the header on the method with
 * {@code @Parameter(ref = IdempotentCreation.HEADER)}.
 */
@NameBinding
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface IdempotentCreation {

    String HEADER = "Idempotency-Key";
    String REPLAYED = "Idempotent-Replayed";
}
