package org.supervision.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One of the suite's Quarkus services, run from its module's build output (target/quarkus-app). */
public final class SuiteService implements AutoCloseable {

    private final String name;
    private final int port;
    private final int managementPort;
    private final ChildProcess process;

    private SuiteService(String name, int port, int managementPort, ChildProcess process) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
    }

    /**
     * @param port           the API port
     * @param managementPort the management interface's port (health, metrics, the service's own API document)
     * @param settings       configuration properties (passed as -D, visible in the process list: nothing secret)
     * @param secrets        configuration passed as environment variables (e.g. QUARKUS_DATASOURCE_PASSWORD)
     */
    public static SuiteService start(Path projectRoot, String module, int port, int managementPort,
                                     Map<String, String> settings, Map<String, String> secrets, Path logs) {
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
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        ChildProcess process = ChildProcess.start(module, command, secrets, projectRoot.resolve(module),
                logs.resolve(module + ".log"));
        SuiteService service = new SuiteService(module, port, managementPort, process);
        Await.until(module + " on port " + port, Duration.ofSeconds(120), process,
                () -> Await.answers200(service.managementUrl() + "/q/health/ready"));
        return service;
    }

    public String name() {
        return name;
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
