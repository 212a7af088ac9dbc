package org.supervision.platform.api;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Whether a failure means the database cannot be reached (restarting, failed over, the network to it
 * down): the request may well succeed a little later, so it is answered 503 with Retry-After, not 500.
 */
final class DatabaseUnavailable {

    /** Agroal's pool says so only in words: a plain SQLException without SQLState when no connection comes in time. */
    private static final String POOL_TIMEOUT = "acquisition timeout";

    private DatabaseUnavailable() {
    }

    static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (connectionState(sql.getSQLState()) || shuttingDown(sql.getSQLState())
                    || poolTimeout(sql))) {
                return true;
            }
        }
        return false;
    }

    /** SQLState class 08: connection exception (PostgreSQL's 08001 cannot connect, 08006 connection failure, ...). */
    private static boolean connectionState(String sqlState) {
        return sqlState != null && sqlState.startsWith("08");
    }

    /**
     * PostgreSQL stopping or starting (a restart, a failover): 57P01 "terminating connection due to
     * administrator command", 57P02 crash shutdown, 57P03 "the database system is shutting down" or
     * "is starting up". Hibernate reports them as a plain GenericJDBCException.
     */
    private static boolean shuttingDown(String sqlState) {
        return sqlState != null && sqlState.startsWith("57P");
    }

    private static boolean poolTimeout(SQLException e) {
        return e.getSQLState() == null && e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains(POOL_TIMEOUT);
    }
}
