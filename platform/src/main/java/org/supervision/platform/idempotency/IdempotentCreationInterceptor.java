package org.supervision.platform.idempotency;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs a keyed creation and records its successful answer in one transaction, so the object and the
 * record of its key commit together or not at all. Outside {@code @Transactional} (a lower priority), whose
 * transaction joins this one; a creation that opens a transaction of its own would escape it.
 */
@IdempotentCreation
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotentCreationInterceptor {

    private final HeldKey held;
    private final IdempotentRequests requests;
    private final ObjectMapper json;

    public IdempotentCreationInterceptor(HeldKey held, IdempotentRequests requests, ObjectMapper json) {
        this.held = held;
        this.requests = requests;
        this.json = json;
    }

    @AroundInvoke
    Object createOnce(InvocationContext invocation) throws Exception {
        if (!held.held()) {
            return invocation.proceed();
        }
        boolean[] recorded = {false};
        Object result = QuarkusTransaction.joiningExisting().call(() -> {
            Object answer = invocation.proceed();
            if (answer instanceof Response response && response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
                RecordedAnswer recordedAnswer = RecordedAnswer.of(response, producedType(invocation), json);
                if (!requests.answer(held.request(), held.attempt(), recordedAnswer)) {
                    throw IdempotencyKeyFilter.inFlight("This attempt took too long and another request with the same "
                            + "Idempotency-Key took over; this one changed nothing. Send it again to get that request's answer.");
                }
                recorded[0] = true;
            }
            return answer;
        });
        if (recorded[0]) {
            held.answered();
        }
        return result;
    }

    private static String producedType(InvocationContext invocation) {
        Produces produces = invocation.getMethod().getAnnotation(Produces.class);
        if (produces == null) {
            produces = invocation.getMethod().getDeclaringClass().getAnnotation(Produces.class);
        }
        return produces != null && produces.value().length > 0 ? produces.value()[0] : MediaType.APPLICATION_JSON;
    }
}
