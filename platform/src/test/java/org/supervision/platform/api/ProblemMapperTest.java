package org.supervision.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** What a service's DomainProblems adds to the one mapper, and what every service gets without one. */
class ProblemMapperTest {

    private static final UriInfo URI = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
            (proxy, method, args) -> "/api/v1/things");

    /** As plan-service's unique keys: a failure only the domain can name. */
    private static final DomainProblems TAKEN = new DomainProblems() {
        @Override
        public Optional<Problem> recognise(Throwable failure) {
            return failure.getMessage().contains("unit_code_key")
                    ? Optional.of(Problem.conflict("taken", List.of(new Problem.Violation("code", "unique", "taken"))))
                    : Optional.empty();
        }

        @Override
        public String changedThing() {
            return "The assignment";
        }
    };

    private static Problem problem(Response response) {
        return (Problem) response.getEntity();
    }

    @Test
    void aFailureTheDomainNamesIsItsProblemAtTheRequestsPath() {
        Response response = new ProblemMapper(TAKEN).unexpected(new IllegalStateException("duplicate key unit_code_key"), URI);
        assertEquals(409, response.getStatus());
        assertEquals("code", problem(response).errors().get(0).field());
        assertEquals("/api/v1/things", problem(response).instance());
        assertEquals(500, new ProblemMapper(TAKEN).unexpected(new IllegalStateException("a bug"), URI).getStatus());
    }

    @Test
    void aConcurrentWriteIs412NamingWhatChanged() {
        Response response = new ProblemMapper(TAKEN).concurrent(new OptimisticLockException(), URI);
        assertEquals(412, response.getStatus());
        assertEquals("The assignment was changed while your request ran. Read it again and reapply your change.", problem(response).detail());
        Response plain = new ProblemMapper(new DomainProblems() {
        }).concurrentHibernate(new org.hibernate.StaleObjectStateException("Unit", 1), URI);
        assertEquals(412, plain.getStatus());
        assertEquals(Problem.MEDIA_TYPE, plain.getMediaType().toString());
        assertEquals("The resource was changed while your request ran. Read it again and reapply your change.", problem(plain).detail());
    }

    @Test
    void theAllowedActionsAreWrittenOnlyWhenThereAreSome() {
        Problem refused = new Problem(Problem.TYPES + "transition-not-allowed", "Not allowed", 409, "no", null, List.of(), List.of())
                .at("/x");
        assertEquals(List.of(), refused.allowed(), "an empty list stays: nothing is allowed to this caller");
        assertEquals(null, Problem.of(400, "x", "X", "x").at("/x").allowed());
    }
}
