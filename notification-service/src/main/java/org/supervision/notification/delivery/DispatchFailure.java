package org.supervision.notification.delivery;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What went wrong when sending reminders, fit for the reminder row, a log line and the API.
 *
 * <p>{@code reason} is the exception's class and the database's own primary message (or, for a failure
 * outside the database, the exception's message), shortened. Never the driver's or Hibernate's
 * message of a failed statement: with a batch, those quote the statement with its values, which are
 * the reminders' texts; nor the database's detail line ("Failing row contains …").
 *
 * <p>{@code ofTheReminders} tells the dispatcher whether trying the reminders in smaller pieces can
 * help: true when the data was refused (SQLState classes 22, data exception, and 23, integrity
 * constraint) or something outside the database threw while wording them; false when the database,
 * the connection or the transaction failed (a lost connection, a deadlock, a timeout, a pool without
 * connections), which would fail every piece alike and must never mark good reminders FAILED.
 */
public record DispatchFailure(String reason, boolean ofTheReminders) {

    static final int MAX_REASON = 300;

    public static DispatchFailure of(Throwable top) {
        SQLException sql = first(top, SQLException.class);
        if (sql != null) {
            ServerErrorMessage server = serverMessage(sql);
            String state = server != null && server.getSQLState() != null ? server.getSQLState() : sql.getSQLState();
            boolean refusedData = state != null && (state.startsWith("22") || state.startsWith("23"));
            return new DispatchFailure(shortened(top.getClass().getSimpleName() + ": " + databaseMessage(sql, server)
                    + (state == null ? "" : " (SQLState " + state + ")")), refusedData);
        }
        return new DispatchFailure(shortened(top.getClass().getSimpleName() + (top.getMessage() == null ? "" : ": " + top.getMessage())),
                !ofTheTransaction(top));
    }

    /** A failed commit or rollback, a transaction that timed out: the transaction's, not the data's. */
    private static boolean ofTheTransaction(Throwable top) {
        for (Throwable t : chain(top)) {
            String name = t.getClass().getName();
            if (name.startsWith("jakarta.transaction.") || name.startsWith("io.quarkus.narayana.")
                    || name.startsWith("com.arjuna.") || name.equals("jakarta.persistence.TransactionRequiredException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The server's primary message; without one (the pool, the connection), the driver's own message,
     * but never a batch's, which quotes the statement with its values.
     */
    private static String databaseMessage(SQLException sql, ServerErrorMessage server) {
        if (server != null && server.getMessage() != null) {
            return server.getMessage();
        }
        return sql instanceof BatchUpdateException || sql.getMessage() == null ? "no message from the database" : sql.getMessage();
    }

    /** The database's own message: a batch's BatchUpdateException carries it in its next exception. */
    private static ServerErrorMessage serverMessage(SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            for (Throwable t : chain(e)) {
                if (t instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                    return psql.getServerErrorMessage();
                }
            }
        }
        return null;
    }

    private static <T extends Throwable> T first(Throwable top, Class<T> type) {
        for (Throwable t : chain(top)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The exception and its causes in order, each once (Throwable's equality is identity; a cause chain can loop). */
    private static Set<Throwable> chain(Throwable top) {
        Set<Throwable> causes = new LinkedHashSet<>();
        for (Throwable t = top; t != null && causes.add(t); t = t.getCause()) {
            // collecting
        }
        return causes;
    }

    /** One line, no control characters, at most MAX_REASON characters. */
    private static String shortened(String text) {
        String line = text.replaceAll("\\p{Cntrl}+", " ").strip();
        return line.codePointCount(0, line.length()) <= MAX_REASON ? line
                : line.substring(0, line.offsetByCodePoints(0, MAX_REASON - 1)) + "…";
    }
}
