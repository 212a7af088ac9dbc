package org.supervision.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the suite's Quarkus services, run from its module's build output (target/quarkus-app).
 *
 * <p>The fault suite (deploy/faults) also kills, stops and starts it again on the same ports, and starts
 * replicas of it on other ports with the same database and Kafka.
 */
public final class SuiteService implements AutoCloseable {

    private final Path projectRoot;
    private final String module;
    private final String name;
    private final int port;
    private final int managementPort;
    private final Map<String, String> settings;
    private final Map<String, String> secrets;
    private final Path logs;
    private volatile ChildProcess process;

    private SuiteService(Path projectRoot, String module, String name, int port, int managementPort,
                         Map<String, String> settings, Map<String, String> secrets, Path logs) {
        this.projectRoot = projectRoot;
        this.module = module;
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.settings = Map.copyOf(settings);
        this.secrets = Map.copyOf(secrets);
        this.logs = logs;
    }

    /**
     * @param port           the API port
     * @param managementPort the management interface's port (health, metrics, the service's own API document)
     * @param settings       configuration properties (passed as -D, visible in the process list: nothing secret)
     * @param secrets        configuration passed as environment variables (e.g. QUARKUS_DATASOURCE_PASSWORD)
     */
    public static SuiteService start(Path projectRoot, String module, int port, int managementPort,
                                     Map<String, String> settings, Map<String, String> secrets, Path logs) {
        SuiteService service = new SuiteService(projectRoot, module, module, port, managementPort, settings, secrets, logs);
        service.launch(Map.of());
        return service;
    }

    private void launch(Map<String, String> extraSettings) {
        Path jar = projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new PlatformException(module + " is not built (" + jar + " is missing): run ./mvnw install -DskipTests");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.management.port=" + managementPort, "-Dquarkus.management.host=127.0.0.1",
                // names the data folder in the process list, so stop.sh can find leftovers of this platform
                "-Dsupervision.platform=" + logs.getParent()));
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.putAll(extraSettings);
        all.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        process = ChildProcess.start(name, command, secrets, projectRoot.resolve(module), logs.resolve(name + ".log"));
        Await.until(name + " on port " + port, Duration.ofSeconds(120), process,
                () -> Await.answers200(managementUrl() + "/q/health/ready"));
    }

    /** kill -9, as a crash would (deploy/faults). */
    public void kill() {
        process.kill();
    }

    /** SIGTERM and its graceful shutdown, as an orchestrator's rolling restart would (deploy/faults). */
    public void stop() {
        process.stop(Duration.ofSeconds(15));
    }

    /** Starts the stopped or killed service again on the same ports with the same settings (deploy/faults). */
    public void startAgain() {
        startAgain(Map.of());
    }

    /** ... with these settings on top, e.g. a clock offset (deploy/faults). */
    public void startAgain(Map<String, String> extraSettings) {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        launch(extraSettings);
    }

    /**
     * A second instance of the service on free ports, with the same database and Kafka (and so the same
     * consumer groups), its log in {@code <module>-<suffix>.log}; {@code overrides} replace settings,
     * e.g. the gateway's service addresses. The caller closes it.
     */
    public SuiteService startReplica(String suffix, Map<String, String> overrides) {
        Map<String, String> replicaSettings = new LinkedHashMap<>(settings);
        replicaSettings.putAll(overrides);
        SuiteService replica = new SuiteService(projectRoot, module, module + "-" + suffix, Ports.free(), Ports.free(),
                replicaSettings, secrets, logs);
        replica.launch(Map.of());
        return replica;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    /** Where its standard output (its log lines) goes: {@code <data>/logs/<name>.log}. */
    public Path log() {
        return logs.resolve(name + ".log");
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** The management interface: /q/health, /q/metrics and the service's own /q/openapi (not on the API port). */
    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(15));
    }
}
