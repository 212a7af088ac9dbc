package org.supervision.task.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A {@code timestamptz} column of a native query's row, as the JDBC driver and Hibernate hand it over
 * (OffsetDateTime, Instant or Timestamp, depending on the version and the query): one conversion for every
 * package that reads rows of its own.
 */
public final class SqlTimes {

    private SqlTimes() {
    }

    public static OffsetDateTime offsetDateTime(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected time type " + value.getClass());
    }
}
