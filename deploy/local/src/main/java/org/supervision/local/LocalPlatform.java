package org.supervision.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The suite's servers on one machine: PostgreSQL (one database per service), Kafka, Keycloak, SMTP
 * and the four services. Used by {@code deploy/local/run.sh}, by the services' tests (databases and
 * Kafka only) and by the end-to-end tests (everything).
 *
 * <p>Everything started is stopped by {@link #close()} in reverse order, also when a start fails
 * half-way or the JVM is asked to exit.
 */
public final class LocalPlatform implements AutoCloseable {

    /** Fixed ports of a local run (README lists them); tests take free ports instead. */
    public static final int GATEWAY_PORT = 8080;
    public static final int PLAN_SERVICE_PORT = 8081;
    public static final int TASK_SERVICE_PORT = 8082;
    public static final int NOTIFICATION_SERVICE_PORT = 8083;
    public static final int KEYCLOAK_PORT = 8180;
    public static final int POSTGRES_PORT = 15432;
    public static final int KAFKA_PORT = 19092;
    public static final int SMTP_PORT = 2525;
    public static final int MAIL_READER_PORT = 8025;
    /** Management interfaces (health, metrics, the services' own API documents): API port + 1000. */
    public static final int GATEWAY_MANAGEMENT_PORT = 9080;
    public static final int PLAN_SERVICE_MANAGEMENT_PORT = 9081;
    public static final int TASK_SERVICE_MANAGEMENT_PORT = 9082;
    public static final int NOTIFICATION_SERVICE_MANAGEMENT_PORT = 9083;

    /**
     * The configuration profile the launcher runs the services in. Not {@code prod}: the services'
     * production guard refuses the LOCAL ONLY values this platform uses (database passwords, the demo
     * realm, the local front end's origin), and a jar started without a profile is {@code prod}.
     */
    public static final String PROFILE = "local";

    /** The databases, one per service that owns data; owner and password are LOCAL ONLY. */
    public static final Map<String, String> DATABASES = Map.of(
            "plan-service", "plan",
            "task-service", "task",
            "notification-service", "notification");

    /**
     * The domain topics, created up front as a deployment would (3 partitions, keyed by aggregate id),
     * so consumers find them at start. Dead-letter topics are created by their first use.
     */
    public static final java.util.List<String> TOPICS = java.util.List.of(
            "supervision.plan.v1", "supervision.unit.v1", "supervision.task.v1", "supervision.notification.v1",
            "supervision.calendar.v1");

    /**
     * @param services null to start only the infrastructure, else the project root with the built services
     */
    public record Options(Path dataDirectory, boolean fixedPorts, boolean durable, boolean keycloak, boolean mail,
                          Path services) {

        public Options {
            dataDirectory = dataDirectory.toAbsolutePath().normalize(); // child processes run in other folders
        }

        public static Options forServiceTests(Path dataDirectory) {
            return new Options(dataDirectory, false, false, false, true, null);
        }

        public static Options everything(Path dataDirectory, Path projectRoot, boolean fixedPorts) {
            return new Options(dataDirectory, fixedPorts, fixedPorts, true, true, projectRoot);
        }
    }

    private final Options options;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<String, SuiteService> services = new LinkedHashMap<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;
    private MailServer mail;
    private boolean closed;

    private LocalPlatform(Options options) {
        this.options = options;
    }

    public static LocalPlatform start(Options options) {
        LocalPlatform platform = new LocalPlatform(options);
        try {
            platform.startAll();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void startAll() {
        Path data = options.dataDirectory();
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + data, e);
        }
        boolean fixed = options.fixedPorts();
        // Keycloak takes longest: it starts alongside PostgreSQL and Kafka rather than after them.
        CompletableFuture<KeycloakServer> keycloakStart = options.keycloak()
                ? CompletableFuture.supplyAsync(() -> register(KeycloakServer.start(data.resolve("keycloak"),
                        Ports.fixedOrFree(fixed, KEYCLOAK_PORT))))
                : CompletableFuture.completedFuture(null);
        CompletableFuture<KafkaBroker> kafkaStart = CompletableFuture.supplyAsync(() ->
                register(KafkaBroker.start(data.resolve("kafka"), Ports.fixedOrFree(fixed, KAFKA_PORT))));
        try {
            postgres = register(PostgresServer.start(data.resolve("postgres"), Ports.fixedOrFree(fixed, POSTGRES_PORT),
                    options.durable()));
            DATABASES.values().forEach(db -> postgres.createDatabase(db, db, localPassword(db)));
            if (options.mail()) {
                mail = register(MailServer.start(Ports.fixedOrFree(fixed, SMTP_PORT), Ports.fixedOrFree(fixed, MAIL_READER_PORT)));
            }
            kafka = kafkaStart.join();
            kafka.createTopics(TOPICS, 3);
            keycloak = keycloakStart.join();
        } catch (CompletionException e) {
            keycloakStart.exceptionally(ignored -> null).join();
            kafkaStart.exceptionally(ignored -> null).join();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (RuntimeException e) {
            // let the parallel starts finish (and register) so that close() stops them too
            keycloakStart.exceptionally(ignored -> null).join();
            kafkaStart.exceptionally(ignored -> null).join();
            throw e;
        }
        if (options.services() != null) {
            startServices(options.services(), data.resolve("logs"));
        }
    }

    private void startServices(Path root, Path logs) {
        boolean fixed = options.fixedPorts();
        Map<String, int[]> ports = new LinkedHashMap<>();
        ports.put("plan-service", new int[] {Ports.fixedOrFree(fixed, PLAN_SERVICE_PORT),
                Ports.fixedOrFree(fixed, PLAN_SERVICE_MANAGEMENT_PORT)});
        ports.put("task-service", new int[] {Ports.fixedOrFree(fixed, TASK_SERVICE_PORT),
                Ports.fixedOrFree(fixed, TASK_SERVICE_MANAGEMENT_PORT)});
        ports.put("notification-service", new int[] {Ports.fixedOrFree(fixed, NOTIFICATION_SERVICE_PORT),
                Ports.fixedOrFree(fixed, NOTIFICATION_SERVICE_MANAGEMENT_PORT)});
        CompletableFuture<?>[] starts = ports.entrySet().stream()
                .map(entry -> CompletableFuture.runAsync(() -> {
                    SuiteService service = register(SuiteService.start(root, entry.getKey(), entry.getValue()[0],
                            entry.getValue()[1], suiteSettings(entry.getKey()), serviceSecrets(entry.getKey()), logs));
                    synchronized (services) {
                        services.put(entry.getKey(), service);
                    }
                }))
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(starts).join();
        } catch (CompletionException e) {
            for (CompletableFuture<?> start : starts) {
                start.exceptionally(ignored -> null).join();
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        Map<String, String> gateway = new LinkedHashMap<>(oidcSettings());
        gateway.put("quarkus.profile", PROFILE);
        for (String name : new String[] {"plan", "task", "notification"}) {
            SuiteService service = services.get(name + "-service");
            gateway.put("gateway.services." + name + ".url", service.url());
            gateway.put("gateway.services." + name + ".management-url", service.managementUrl());
        }
        services.put("gateway", register(SuiteService.start(root, "gateway", Ports.fixedOrFree(fixed, GATEWAY_PORT),
                Ports.fixedOrFree(fixed, GATEWAY_MANAGEMENT_PORT), gateway, Map.of(), logs)));
    }

    /** Everything a service needs to reach the platform; the gateway and the tests use the same keys. */
    public Map<String, String> serviceSettings(String service) {
        Map<String, String> settings = new LinkedHashMap<>(oidcSettings());
        String database = DATABASES.get(service);
        if (database != null) {
            settings.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
            settings.put("quarkus.datasource.username", database);
        }
        settings.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        return settings;
    }

    /**
     * What a service run by the launcher gets on top of {@link #serviceSettings}: the {@link #PROFILE}
     * profile, and notification-service sends its e-mail to the local SMTP server (service tests bring
     * their own mail settings).
     */
    Map<String, String> suiteSettings(String service) {
        Map<String, String> settings = new LinkedHashMap<>(serviceSettings(service));
        settings.put("quarkus.profile", PROFILE);
        if (mail != null && "notification-service".equals(service)) {
            settings.put("quarkus.mailer.host", "127.0.0.1");
            settings.put("quarkus.mailer.port", String.valueOf(mail.smtpPort()));
            settings.put("quarkus.mailer.start-tls", "DISABLED");
        }
        return settings;
    }

    public Map<String, String> serviceSecrets(String service) {
        String database = DATABASES.get(service);
        return database == null ? Map.of() : Map.of("QUARKUS_DATASOURCE_PASSWORD", localPassword(database));
    }

    private Map<String, String> oidcSettings() {
        return keycloak == null ? Map.of() : Map.of("quarkus.oidc.auth-server-url", keycloak.realmUrl());
    }

    /** LOCAL ONLY: the local cluster trusts loopback connections; the password exists so the services' config has one. */
    static String localPassword(String database) {
        return database + "-local-only";
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public MailServer mail() {
        return mail;
    }

    public SuiteService service(String name) {
        SuiteService service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name + " was started");
        }
        return service;
    }

    public Map<String, SuiteService> services() {
        return Map.copyOf(services);
    }

    private synchronized <T extends AutoCloseable> T register(T server) {
        if (closed) {
            // stopped (Ctrl-C) while this one was starting: do not leave it behind
            closeQuietly(server);
            throw new PlatformException("the platform was stopped while starting");
        }
        started.push(server);
        return server;
    }

    @Override
    public synchronized void close() {
        closed = true;
        while (!started.isEmpty()) {
            closeQuietly(started.pop());
        }
    }

    private static void closeQuietly(AutoCloseable server) {
        try {
            server.close();
        } catch (Exception e) {
            System.err.println("while stopping " + server.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
