import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.supervision.local.LocalPlatform;

/**
 * The platform of the smoke run (run.sh): deploy/local's PostgreSQL (databases plan, task, notification),
 * Kafka (the topics created), Keycloak (the LOCAL demo realm: its officers are what the smoke run logs in as)
 * and SMTP, on the README's fixed ports, without the services: those run as pods. Writes where everything is
 * to the given properties file once all answer, then runs until stopped (SIGTERM stops the servers).
 *
 * java -cp deploy/local/target/classes:$(cat deploy/local/target/launcher.classpath) SmokePlatform.java DATA OUT
 */
public class SmokePlatform {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        LocalPlatform platform;
        try {
            platform = LocalPlatform.start(new LocalPlatform.Options(data, true, false, true, true, null));
        } catch (RuntimeException e) {
            // said here: the source launcher hides an exception without a stack trace behind its own
            System.err.println("The platform did not start: " + e);
            System.exit(1);
            return;
        }
        String settings = "oidc-auth-server-url=" + platform.keycloak().realmUrl() + "\n"
                + "token-url=" + platform.keycloak().realmUrl() + "/protocol/openid-connect/token\n"
                + "kafka-bootstrap-servers=" + platform.kafka().bootstrapServers() + "\n"
                + "postgres=127.0.0.1:" + platform.postgres().port() + "\n"
                + "smtp-port=" + platform.mail().smtpPort() + "\n";
        Files.writeString(out, settings, StandardCharsets.UTF_8);
        System.out.println("platform ready:\n" + settings);
        new CountDownLatch(1).await();
    }
}
