package org.supervision.notification.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.MissingResourceException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.transaction.RollbackException;

/**
 * Which failures are a reminder's own (trying it alone can only fail again: mark it FAILED) and which
 * are the database's or the transaction's (every piece would fail alike: never mark good reminders),
 * and that a reason never quotes what the driver quotes of a failed statement.
 */
class DispatchFailureTest {

    private static final String TEXT_OF_THE_REMINDER = "《钦州市优化营商环境实施方案》第3项措施";

    /** What pgjdbc and Hibernate make of an error in a JDBC batch: the statement with its values, then the server's error. */
    private static RuntimeException failedBatch(String sqlState, String message, Class<? extends RuntimeException> as) {
        PSQLException server = new PSQLException(new ServerErrorMessage(
                "SERROR\0C" + sqlState + "\0M" + message + "\0DFailing row contains (" + TEXT_OF_THE_REMINDER + ").\0"));
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 insert into inbox_item values ('"
                + TEXT_OF_THE_REMINDER + "') was aborted: " + server.getMessage(), sqlState, new int[0], server);
        batch.setNextException(server);
        String hibernateMessage = "error executing work [" + batch.getMessage() + "]";
        if (as == ConstraintViolationException.class) {
            return new ConstraintViolationException(hibernateMessage, batch, "inbox_item_source_event_id_unit_code_key");
        }
        if (as == LockAcquisitionException.class) {
            return new LockAcquisitionException(hibernateMessage, batch);
        }
        return new JDBCConnectionException(hibernateMessage, batch);
    }

    @Test
    void aRefusedValueIsTheRemindersOwnAndItsReasonIsTheServersPrimaryMessageOnly() {
        DispatchFailure failure = DispatchFailure.of(failedBatch("23505",
                "duplicate key value violates unique constraint \"inbox_item_source_event_id_unit_code_key\"",
                ConstraintViolationException.class));

        assertTrue(failure.ofTheReminders());
        assertEquals("ConstraintViolationException: duplicate key value violates unique constraint "
                + "\"inbox_item_source_event_id_unit_code_key\" (SQLState 23505)", failure.reason());
        assertFalse(failure.reason().contains("钦州"), "neither the statement's values nor the detail line");
    }

    @Test
    void aDeadlockOrALostConnectionIsNotTheReminders() {
        assertFalse(DispatchFailure.of(failedBatch("40P01", "deadlock detected", LockAcquisitionException.class)).ofTheReminders());
        assertFalse(DispatchFailure.of(failedBatch("08006", "An I/O error occurred while sending to the backend.",
                JDBCConnectionException.class)).ofTheReminders());
        assertFalse(DispatchFailure.of(failedBatch("57014", "canceling statement due to statement timeout",
                JDBCConnectionException.class)).ofTheReminders());
    }

    @Test
    void aPoolWithoutConnectionsOrAFailedCommitIsNotTheReminders() {
        DispatchFailure noConnection = DispatchFailure.of(new IllegalStateException("could not open a session",
                new SQLException("Acquisition timeout while waiting for new connection")));
        assertFalse(noConnection.ofTheReminders());
        assertEquals("IllegalStateException: Acquisition timeout while waiting for new connection", noConnection.reason());

        assertFalse(DispatchFailure.of(new QuarkusTransactionException(new RollbackException("ARJUNA016053"))).ofTheReminders());
    }

    @Test
    void somethingThrownWhileWordingAReminderIsItsOwn() {
        DispatchFailure failure = DispatchFailure.of(new MissingResourceException(
                "Can't find resource for bundle java.util.PropertyResourceBundle, key frequency.SEMIMONTHLY",
                "java.util.PropertyResourceBundle", "frequency.SEMIMONTHLY"));

        assertTrue(failure.ofTheReminders());
        assertEquals("MissingResourceException: Can't find resource for bundle java.util.PropertyResourceBundle, "
                + "key frequency.SEMIMONTHLY", failure.reason());
    }

    @Test
    void aReasonIsOneShortLine() {
        DispatchFailure failure = DispatchFailure.of(new IllegalArgumentException("first line\nsecond\tline " + "长".repeat(400)));

        assertFalse(failure.reason().contains("\n") || failure.reason().contains("\t"), failure.reason());
        assertEquals(DispatchFailure.MAX_REASON, failure.reason().codePointCount(0, failure.reason().length()));
        assertTrue(failure.reason().startsWith("IllegalArgumentException: first line second line 长") && failure.reason().endsWith("…"));
    }
}
