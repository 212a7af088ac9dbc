package org.supervision.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** A single-node Kafka broker in KRaft mode (broker and controller in one JVM), its storage formatted on first start. */
public final class KafkaBroker implements AutoCloseable {

    private final Path directory;
    private final int port;
    private volatile ChildProcess process;

    private KafkaBroker(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    public static KafkaBroker start(Path directory, int port) {
        KafkaBroker server = new KafkaBroker(directory, port);
        server.launch();
        return server;
    }

    private void launch() {
        int controllerPort = Ports.free();
        Path logDirectory = directory.resolve("data");
        Path config = directory.resolve("server.properties");
        writeConfig(config, port, controllerPort, logDirectory);
        String classpath = Artifacts.kafkaBrokerClasspath();
        List<String> java = javaCommand(classpath);
        if (!Files.isRegularFile(logDirectory.resolve("meta.properties"))) {
            List<String> format = new ArrayList<>(java);
            format.addAll(List.of("kafka.tools.StorageTool", "format", "-t", newClusterId(), "-c", config.toString()));
            ChildProcess.runToCompletion("kafka storage format", format, Map.of(), directory,
                    directory.resolve("logs/format.log"), Duration.ofMinutes(1));
        }
        List<String> broker = new ArrayList<>(java);
        broker.addAll(List.of("kafka.Kafka", config.toString()));
        process = ChildProcess.start("kafka", broker, Map.of(), directory, directory.resolve("logs/kafka.log"));
        Await.until("Kafka on port " + port, Duration.ofSeconds(90), process, this::hasActiveBroker);
    }

    /** Stops the broker (controlled shutdown), keeping its data (deploy/faults). */
    public void stop() {
        process.stop(Duration.ofSeconds(20));
    }

    /** Starts the stopped broker again on the same port and data (deploy/faults). */
    public void startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException("Kafka is still running");
        }
        launch();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Creates the topics that do not exist yet. */
    public void createTopics(List<String> topics, int partitions) {
        try (Admin admin = Admin.create(adminProperties())) {
            java.util.Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<org.apache.kafka.clients.admin.NewTopic> missing = topics.stream().filter(t -> !existing.contains(t))
                    .map(t -> new org.apache.kafka.clients.admin.NewTopic(t, partitions, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(20, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new PlatformException("cannot create the topics " + topics + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }

    private boolean hasActiveBroker() {
        if (!Await.accepts(port)) {
            return false;
        }
        try (Admin admin = Admin.create(adminProperties())) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception notYet) {
            return false;
        }
    }

    private Properties adminProperties() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return properties;
    }

    private static List<String> javaCommand(String classpath) {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-cp", classpath));
    }

    private static void writeConfig(Path config, int port, int controllerPort, Path logDirectory) {
        // Rewritten on every start: ports may differ between runs, the storage (and cluster id) stays.
        String text = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + logDirectory,
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=168",
                // a published plan is one event: 2,000 measures of long titles, units and targets pass 1 MiB
                "message.max.bytes=16777216",
                "");
        try {
            Files.createDirectories(config.getParent());
            Files.writeString(config, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kafka's cluster ids are 16 random bytes in URL-safe base64 without padding. */
    private static String newClusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do { // a leading '-' would read as a command-line option
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }
}
