package org.supervision.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The dev overlay's four Deployments, rewritten for {@code podman kube play} on one machine (smoke/run.sh):
 * the same images, security context (user 185, read-only root file system, no privilege escalation,
 * capabilities dropped) and /tmp volume, but on the host's network (the local platform listens on
 * 127.0.0.1) and with the local platform's addresses and LOCAL ONLY passwords written in, in the profile
 * {@code local} whose production guard accepts them. Probes are left out: podman runs an httpGet probe as
 * curl inside the container, and the images have no curl; run.sh asks the management ports from outside. The
 * container ports go too: on the host's network podman refuses port mappings, the services listen on the host.
 *
 * <pre>java -cp ... org.supervision.k8s.SmokeManifests deploy/k8s platform.properties out.yaml</pre>
 */
public final class SmokeManifests {

    private static final Map<String, Integer> API_PORTS = Map.of("plan-service", 8081, "task-service", 8082,
            "notification-service", 8083, "gateway", 8080);

    private SmokeManifests() {
    }

    public static void main(String[] args) throws IOException {
        Properties platform = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            platform.load(reader);
        }
        Files.writeString(Path.of(args[2]), Kustomize.toYaml(generate(Path.of(args[0]), platform)), StandardCharsets.UTF_8);
    }

    /** The four Deployments for podman, in the order they should start (the gateway last). */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> generate(Path k8s, Properties platform) throws IOException {
        List<Map<String, Object>> deployments = new ArrayList<>();
        for (Map<String, Object> object : Kustomize.build(k8s.resolve("overlays/dev"))) {
            if (!"Deployment".equals(object.get("kind"))) {
                continue;
            }
            Map<String, Object> metadata = (Map<String, Object>) object.get("metadata");
            String name = (String) metadata.get("name");
            if ("otel-collector".equals(name)) {
                continue; // no collector on one machine: the services' spans are made, their ids logged, not exported
            }
            metadata.remove("namespace");
            Map<String, Object> spec = (Map<String, Object>) object.get("spec");
            spec.put("replicas", 1);
            spec.remove("strategy");
            Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec");
            pod.put("hostNetwork", true);
            pod.remove("automountServiceAccountToken");
            pod.remove("terminationGracePeriodSeconds");
            ((Map<String, Object>) pod.get("securityContext")).remove("seccompProfile");
            for (Map<String, Object> container : (List<Map<String, Object>>) pod.get("containers")) {
                container.remove("startupProbe");
                container.remove("readinessProbe");
                container.remove("livenessProbe");
                // on the host's network the ports are the host's; podman refuses port mappings there
                container.remove("ports");
                container.put("env", env(name, platform));
            }
            deployments.add(object);
        }
        deployments.sort((a, b) -> Boolean.compare(name(a).equals("gateway"), name(b).equals("gateway")));
        return deployments;
    }

    @SuppressWarnings("unchecked")
    private static String name(Map<String, Object> object) {
        return (String) ((Map<String, Object>) object.get("metadata")).get("name");
    }

    private static List<Map<String, Object>> env(String service, Properties platform) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_PROFILE", "local");
        env.put("JAVA_OPTS", "-Xmx256m -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp -Dfile.encoding=UTF-8");
        env.put("OIDC_AUTH_SERVER_URL", platform.getProperty("oidc-auth-server-url"));
        if (service.equals("gateway")) {
            for (String upstream : List.of("plan", "task", "notification")) {
                int port = API_PORTS.get(upstream + "-service");
                env.put(upstream.toUpperCase() + "_SERVICE_URL", "http://127.0.0.1:" + port);
                env.put(upstream.toUpperCase() + "_SERVICE_MANAGEMENT_URL", "http://127.0.0.1:" + (port + 1000));
            }
            env.put("GATEWAY_CORS_ORIGINS", "http://localhost:5173");
            // one machine running a platform and four JVMs: a first request may take far longer than in a cluster
            env.put("GATEWAY_SERVICES_PLAN_TIMEOUT", "60s");
            env.put("GATEWAY_SERVICES_TASK_TIMEOUT", "60s");
            env.put("GATEWAY_SERVICES_NOTIFICATION_TIMEOUT", "60s");
        } else {
            String database = service.substring(0, service.indexOf('-'));
            env.put("KAFKA_BOOTSTRAP_SERVERS", platform.getProperty("kafka-bootstrap-servers"));
            env.put("DB_URL", "jdbc:postgresql://" + platform.getProperty("postgres") + "/" + database);
            env.put("DB_USERNAME", database);
            // LOCAL ONLY (deploy/local's passwords): the profile local accepts them, prod would refuse to start
            env.put("DB_PASSWORD", database + "-local-only");
            env.put("TRUSTED_PROXIES", "127.0.0.1");
        }
        if (service.equals("notification-service")) {
            env.put("SUPERVISION_LINK_BASE", "http://localhost:8080");
            env.put("SMTP_HOST", "127.0.0.1");
            env.put("SMTP_PORT", platform.getProperty("smtp-port"));
            env.put("SMTP_START_TLS", "DISABLED");
        }
        List<Map<String, Object>> list = new ArrayList<>();
        env.forEach((key, value) -> {
            Map<String, Object> variable = new LinkedHashMap<>();
            variable.put("name", key);
            variable.put("value", value);
            list.add(variable);
        });
        return list;
    }
}
