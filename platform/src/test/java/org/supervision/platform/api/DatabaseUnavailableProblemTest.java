package org.supervision.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Proxy;
import java.sql.SQLException;

import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * While PostgreSQL is away a request is answered 503 with Retry-After, as problem+json; the failures
 * are built as Hibernate and the pool build them when a connection cannot be had.
 */
class DatabaseUnavailableProblemTest {

    private static final String PATH = "/api/v1/somewhere";

    /** Only the request's path is read from it. */
    private static final UriInfo URI = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
            (proxy, method, args) -> {
                if (method.getName().equals("getPath")) {
                    return PATH;
                }
                throw new UnsupportedOperationException(method.getName());
            });

    private static Response answer(RuntimeException failure) {
        return new ProblemMapper(new DomainProblems() {
        }).unexpected(failure, URI);
    }

    private static void assertUnavailable(Response response) {
        assertEquals(503, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals("5", String.valueOf(response.getHeaders().getFirst("Retry-After")));
        Problem problem = (Problem) response.getEntity();
        assertEquals(503, problem.status());
        assertEquals(PATH, problem.instance());
        assertFalse(problem.detail().contains("Exception") || problem.detail().contains("jdbc"), problem.detail());
    }

    @Test
    void aConnectionFailureHibernateReportsIs503WithRetryAfter() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused.", "08001");
        assertUnavailable(answer(new JDBCConnectionException("Unable to acquire JDBC Connection", refused)));
    }

    @Test
    void aConnectionLostInTheMiddleOfAQueryIs503() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertUnavailable(answer(new PersistenceException("could not execute statement",
                new GenericJDBCException("could not execute statement", lost))));
    }

    @Test
    void aDatabaseShuttingDownOrStartingUpIs503() {
        // as seen in the fault suite's PostgreSQL restart: a connection cut by the shutdown, then refused while it stops
        SQLException terminated = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        assertUnavailable(answer(new GenericJDBCException("could not execute statement", terminated)));
        SQLException stopping = new SQLException("FATAL: the database system is shutting down", "57P03");
        assertUnavailable(answer(new GenericJDBCException("Unable to acquire JDBC Connection", stopping)));
    }

    @Test
    void thePoolTimingOutForAConnectionIs503() {
        SQLException timeout = new SQLException("Sorry, acquisition timeout!");
        assertUnavailable(answer(new GenericJDBCException("Unable to acquire JDBC Connection", timeout)));
    }

    @Test
    void otherDatabaseFailuresStay500() {
        SQLException division = new SQLException("division by zero", "22012");
        Response response = answer(new GenericJDBCException("could not execute statement", division));
        assertEquals(500, response.getStatus());
        assertEquals(null, response.getHeaders().getFirst("Retry-After"));
        assertEquals(500, answer(new IllegalStateException("a bug")).getStatus());
    }
}
