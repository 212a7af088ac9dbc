package org.supervision.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.supervision.local.LocalPlatform;
import org.supervision.local.SuiteService;

/**
 * The whole suite on real servers, started once for every scenario of this JVM (starting it takes a
 * few minutes on 2 cores): free ports, durable PostgreSQL (fsync on: a restart must lose nothing),
 * Keycloak, SMTP and the four services. Scenarios restore what they break before they end.
 */
final class FaultPlatform {

    static final List<String> SERVICES = List.of("plan-service", "task-service", "notification-service");
    /** The units the traffic works with (seeded in plan-service's directory), by name and code. */
    static final Map<String, String> UNITS = Map.of("市发展改革委", "QZ-FGW", "市市场监管局", "QZ-SCJG", "市行政审批局", "QZ-SPJ");

    private static FaultPlatform running;

    final LocalPlatform platform;
    final Tokens tokens;
    final Databases databases;
    final Topics topics;
    /** Every plan the traffic asked for, over all scenarios. */
    final Ledger ledger = new Ledger();

    private FaultPlatform(LocalPlatform platform) {
        this.platform = platform;
        this.tokens = new Tokens(platform.keycloak().tokenUrl());
        this.databases = new Databases(platform.postgres());
        this.topics = new Topics(platform.kafka().bootstrapServers());
    }

    static synchronized FaultPlatform get() throws Exception {
        if (running == null) {
            Path root = Path.of(System.getProperty("supervision.project.root", "../..")).toAbsolutePath().normalize();
            Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "platform-");
            Progress.log("starting the platform (PostgreSQL, Kafka, Keycloak, SMTP, 4 services) in %s", data);
            LocalPlatform platform = LocalPlatform.start(new LocalPlatform.Options(data, false, true, true, true, root));
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "faults-stop"));
            running = new FaultPlatform(platform);
            running.giveUnitsMailContacts();
            Progress.log("platform up: gateway %s, logs in %s", running.gateway(), data.resolve("logs"));
        }
        return running;
    }

    String gateway() {
        return platform.service("gateway").url();
    }

    SuiteService service(String name) {
        return platform.service(name);
    }

    /** Mail addresses for the traffic's units, so reminders make e-mail deliveries too (held in quiet hours). */
    private void giveUnitsMailContacts() throws Exception {
        String token = tokens.of(Tokens.SUPERVISOR);
        for (String code : UNITS.values()) {
            String officer = code.toLowerCase().replace("qz-", "") + "@faults.example.gov.cn";
            Api.Answer answer = Api.send(gateway(), token, "PUT", "/api/v1/unit-contacts/" + code,
                    "{\"officers\": [\"" + officer + "\"], \"leaders\": [\"leader-" + officer + "\"], \"digest\": false}", Map.of());
            if (answer.status() != 200 && answer.status() != 204) {
                throw new IllegalStateException("unit contacts of " + code + ": " + answer);
            }
        }
    }
}
