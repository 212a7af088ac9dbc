package org.supervision.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * Entry point of {@code deploy/local/run.sh}: starts the whole suite with the README's fixed ports,
 * prints where everything is, and runs until stopped (Ctrl-C or deploy/local/stop.sh).
 *
 * <pre>
 * --root DIR        project root (the services are run from DIR/&lt;module&gt;/target/quarkus-app)
 * --data DIR        data folder (default ROOT/.local-data)
 * --wipe            delete the data folder first
 * --ready-file FILE written once everything answers healthy (run.sh --background waits for it)
 * --no-demo         do not load the Qinzhou sample plan on first start
 * </pre>
 */
public final class LocalPlatformMain {

    private LocalPlatformMain() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".").toAbsolutePath().normalize();
        Path data = null;
        Path readyFile = null;
        boolean wipe = false;
        boolean demo = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--data" -> data = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--ready-file" -> readyFile = Path.of(args[++i]).toAbsolutePath();
                case "--wipe" -> wipe = true;
                case "--no-demo" -> demo = false;
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (data == null) {
            data = root.resolve(".local-data");
        }
        if (wipe) {
            deleteRecursively(data);
        }
        long begin = System.nanoTime();
        LocalPlatform platform;
        try {
            platform = LocalPlatform.start(LocalPlatform.Options.everything(data, root, true));
        } catch (PlatformException e) {
            System.err.println("\nThe local platform did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        String demoPlan = null;
        if (demo) {
            try {
                demoPlan = DemoPlan.loadOnce(platform, data);
            } catch (IOException | PlatformException e) {
                // the suite itself is up; a demo that failed to load is worth a line, not a stop
                System.err.println("The demo plan was not loaded: " + e.getMessage());
            }
        }
        System.out.println(describe(platform, data, (System.nanoTime() - begin) / 1_000_000_000.0));
        if (demoPlan != null) {
            System.out.println("Demo plan loaded and published (Qinzhou, 钦政办〔2024〕2号): " + demoPlan);
        }
        if (readyFile != null) {
            Files.writeString(readyFile, "ready\n", StandardCharsets.UTF_8);
        }
        new CountDownLatch(1).await(); // the shutdown hook stops everything on Ctrl-C or SIGTERM
    }

    private static String describe(LocalPlatform platform, Path data, double seconds) {
        String line = "-".repeat(78);
        StringBuilder out = new StringBuilder("\n").append(line).append('\n')
                .append(String.format("Supervision suite is up (%.0f s). LOCAL DEMO ONLY: demo users and secrets.%n", seconds))
                .append(line).append('\n');
        String row = "%-22s %s%n";
        out.append(String.format(row, "gateway (use this)", platform.service("gateway").url() + "/api/v1"));
        for (String name : new String[] {"plan-service", "task-service", "notification-service"}) {
            SuiteService service = platform.service(name);
            out.append(String.format(row, name, service.url() + "  (health, metrics, API description: "
                    + service.managementUrl() + "/q/...)"));
        }
        out.append(String.format(row, "Keycloak", platform.keycloak().url() + "  (realm supervision; console admin/admin)"));
        out.append(String.format(row, "PostgreSQL", "127.0.0.1:" + platform.postgres().port() + "  (databases plan, task, notification)"));
        out.append(String.format(row, "Kafka", platform.kafka().bootstrapServers()));
        out.append(String.format(row, "SMTP", "127.0.0.1:" + platform.mail().smtpPort() + "  (delivered mail: " + platform.mail().messagesUrl() + ")"));
        out.append(String.format(row, "data and logs", data));
        out.append(line).append('\n')
                .append("Demo users (password = user name): supervisor, leader, admin, officer-fgw, officer-scjg, officer-spj\n")
                .append("Stop with Ctrl-C (or deploy/local/stop.sh for a background run).\n");
        return out.toString();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
