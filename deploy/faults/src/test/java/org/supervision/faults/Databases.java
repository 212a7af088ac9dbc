package org.supervision.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.supervision.local.PostgresServer;

/**
 * Reads the three services' databases directly (JDBC, as the platform's superuser): the invariants are
 * about what was stored, not about what the API chooses to show.
 */
final class Databases {

    static final String PLAN = "plan";
    static final String TASK = "task";
    static final String NOTIFICATION = "notification";

    private final PostgresServer postgres;

    Databases(PostgresServer postgres) {
        this.postgres = postgres;
    }

    List<Map<String, Object>> rows(String database, String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), PostgresServer.SUPERUSER, "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(30);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c), result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    long count(String database, String sql, Object... parameters) throws SQLException {
        return ((Number) rows(database, sql, parameters).get(0).values().iterator().next()).longValue();
    }
}
