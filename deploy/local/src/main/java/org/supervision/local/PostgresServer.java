package org.supervision.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL server from the binaries that io.zonky.test publishes on Maven Central.
 *
 * <p>PostgreSQL refuses to run as root. On machines where we are root (CI, sandboxes) the server
 * runs inside a user namespace that maps our uid to an ordinary one: the files stay ours, the
 * server sees a non-root user.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String SUPERUSER = "postgres";

    private final Path directory;
    private final int port;
    private final boolean durable;
    private volatile ChildProcess process;

    private PostgresServer(Path directory, int port, boolean durable) {
        this.directory = directory;
        this.port = port;
        this.durable = durable;
    }

    /**
     * @param directory holds the cluster (created on first start, reused afterwards)
     * @param durable   false for tests: no fsync, which makes schema migrations several times faster
     */
    public static PostgresServer start(Path directory, int port, boolean durable) {
        PostgresServer server = new PostgresServer(directory, port, durable);
        server.launch();
        return server;
    }

    private void launch() {
        Path binaries = installBinaries();
        Path cluster = directory.resolve("cluster");
        Path logs = directory.resolve("logs");
        if (!Files.isRegularFile(cluster.resolve("PG_VERSION"))) {
            ChildProcess.runToCompletion("initdb", asOrdinaryUser(List.of(
                            binaries.resolve("bin/initdb").toString(), "-D", cluster.toString(),
                            "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--no-locale")),
                    Map.of(), directory, logs.resolve("initdb.log"), Duration.ofMinutes(2));
        }
        List<String> command = new ArrayList<>(List.of(binaries.resolve("bin/postgres").toString(),
                "-D", cluster.toString(), "-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                "-c", "max_connections=200", "-c", "timezone=UTC",
                // the default 128 MB cannot hold 100,000 assignments and their indexes: a mass warning
                // sweep then spends its time moving pages between the OS cache and PostgreSQL's
                "-c", "shared_buffers=" + System.getProperty("supervision.postgres.shared-buffers", "1GB")));
        if (!durable) {
            command.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        process = ChildProcess.start("postgres", asOrdinaryUser(command), Map.of(), directory,
                logs.resolve("postgres.log"), "INT"); // INT: fast shutdown, rolls back open transactions
        Await.until("PostgreSQL on port " + port, Duration.ofSeconds(60), process, this::acceptsConnections);
    }

    /** Fast shutdown (open transactions rolled back, every connection dropped), keeping the cluster (deploy/faults). */
    public void stop() {
        process.stop(Duration.ofSeconds(20));
    }

    /** Starts the stopped server again on the same port and cluster (deploy/faults). */
    public void startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException("PostgreSQL is still running");
        }
        launch();
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates a login role and a database it owns, unless both exist already. */
    public void createDatabase(String database, String owner, String password) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
             Statement statement = connection.createStatement()) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", owner)) {
                statement.execute("create role " + identifier(owner) + " login password '" + password.replace("'", "''") + "'");
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", database)) {
                statement.execute("create database " + identifier(database) + " owner " + identifier(owner)
                        + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new PlatformException("cannot create database " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }

    private boolean acceptsConnections() {
        try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
        return name;
    }

    private static List<String> asOrdinaryUser(List<String> command) {
        if (!RunningUser.isRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("unshare", "--user", "--map-user=1000", "--map-group=1000"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Unpacks the binaries once per version into the temp folder, shared by every run on this machine. */
    private static synchronized Path installBinaries() {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "supervision-postgres-" + Artifacts.postgresVersion());
        if (Files.isExecutable(target.resolve("bin/postgres"))) {
            return target;
        }
        try {
            Path staging = Files.createTempDirectory(target.getParent(), "supervision-postgres-staging");
            Path archive = staging.resolve("postgres.txz");
            try (var jar = new java.util.zip.ZipFile(Artifacts.postgresBinaries().toFile())) {
                var entry = jar.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                        .orElseThrow(() -> new PlatformException("no .txz in " + Artifacts.postgresBinaries()));
                Files.copy(jar.getInputStream(entry), archive, StandardCopyOption.REPLACE_EXISTING);
            }
            ChildProcess.runToCompletion("tar", List.of("tar", "-xJf", archive.toString(), "-C", staging.toString()),
                    Map.of(), staging, staging.resolve("tar.log"), Duration.ofMinutes(2));
            Files.delete(archive);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raceLost) {
                if (!Files.isExecutable(target.resolve("bin/postgres"))) {
                    throw raceLost;
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the PostgreSQL binaries", e);
        }
    }
}
