package org.supervision.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.supervision.local.LocalPlatform;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Every overlay, rendered as kustomize would (Kustomize) and read with fabric8's model, keeps the rules a
 * deployment of the suite must keep (issue 18). The services' own configuration (application.properties,
 * LocalPlatform) is the reference: a port, a health path or an environment variable that does not match
 * what the service reads fails here, not in a cluster.
 */
class ManifestRulesTest {

    private static final long SIXTEEN_MIB = 16L * 1024 * 1024;
    private static final String COLLECTOR = "otel-collector";

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    @SuppressWarnings("unchecked")
    void theCollectorReceivesOtlpAndLogsEverySpanItGets(String overlay) throws IOException {
        Manifests manifests = Manifests.render(overlay);
        ConfigMap config = manifests.one(ConfigMap.class, COLLECTOR);
        Map<String, Object> collector = new org.yaml.snakeyaml.Yaml().load(config.getData().get("collector.yaml"));
        assertEquals("0.0.0.0:4317", Manifests.at(collector, "receivers", "otlp", "protocols", "grpc", "endpoint"));
        assertNotNull(Manifests.at(collector, "exporters", "debug"), "a logging (debug) exporter");
        Map<String, Object> traces = (Map<String, Object>) Manifests.at(collector, "service", "pipelines", "traces");
        assertNotNull(traces, "a traces pipeline");
        assertEquals(List.of("otlp"), traces.get("receivers"));
        assertTrue(((List<String>) traces.get("exporters")).contains("debug"), "spans are logged at least");
        for (String processor : (List<String>) traces.get("processors")) {
            assertNotNull(Manifests.at(collector, "processors", processor), "the pipeline's processor " + processor + " is defined");
        }
        List<Map<String, Object>> deletes = (List<Map<String, Object>>) Manifests.at(collector, "processors",
                "attributes/no-credentials", "actions");
        assertTrue(deletes.stream().anyMatch(a -> "http.request.header.authorization".equals(a.get("key")) && "delete".equals(a.get("action"))),
                "an Authorization header never reaches a trace store");
        assertTrue(deletes.stream().anyMatch(a -> "url.query".equals(a.get("key")) && "delete".equals(a.get("action"))),
                "nor a query string, as the access log keeps none");

        Deployment deployment = manifests.one(Deployment.class, COLLECTOR);
        Container container = container(deployment, COLLECTOR);
        assertEquals(4317, containerPort(container, "otlp-grpc"));
        assertTrue(container.getArgs().contains("--config=/etc/otel/collector.yaml"), "it runs the ConfigMap's configuration");
        assertTrue(deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .anyMatch(v -> v.getConfigMap() != null && COLLECTOR.equals(v.getConfigMap().getName())), "the ConfigMap is mounted");
        assertNotNull(container.getReadinessProbe(), "ready when its health check answers");
        assertNotNull(container.getResources().getLimits().get("memory"));
        io.fabric8.kubernetes.api.model.Service service = manifests.one(io.fabric8.kubernetes.api.model.Service.class, COLLECTOR);
        assertEquals(Map.of("app.kubernetes.io/name", COLLECTOR), service.getSpec().getSelector());
        assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == 4317), "OTLP gRPC on its Service");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everyServiceSendsItsSpansToTheCollectorAndMayReachIt(String overlay) throws IOException {
        Manifests manifests = Manifests.render(overlay);
        String endpoint = manifests.one(ConfigMap.class, "supervision-platform").getData().get("otlp-endpoint");
        assertEquals("http://" + COLLECTOR + ":4317", endpoint, "the collector's Service and OTLP gRPC port");
        NetworkPolicy collectorPolicy = manifests.one(NetworkPolicy.class, COLLECTOR);
        for (String name : Manifests.DEPLOYMENTS) {
            EnvVar variable = env(container(manifests.one(Deployment.class, name), name), "OTEL_EXPORTER_OTLP_ENDPOINT");
            assertEquals("otlp-endpoint", variable.getValueFrom().getConfigMapKeyRef().getKey(), name);
            assertTrue(Manifests.text(Manifests.ROOT.resolve(name).resolve("src/main/resources/application.properties"))
                    .contains("quarkus.otel.exporter.otlp.traces.endpoint=${OTEL_EXPORTER_OTLP_ENDPOINT"), name + " reads it");
            // the collector lets this service's pods in on 4317
            boolean admitted = collectorPolicy.getSpec().getIngress().stream().anyMatch(rule ->
                    rule.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == 4317)
                    && rule.getFrom().stream().anyMatch(peer -> peer.getNamespaceSelector() == null && peer.getPodSelector() != null
                            && Map.of("app.kubernetes.io/name", name).equals(peer.getPodSelector().getMatchLabels())));
            assertTrue(admitted, name + " may reach the collector's OTLP port");
            // and nothing keeps its spans in: a policy restricting its egress would have to allow the collector
            manifests.all(NetworkPolicy.class)
                    .filter(policy -> name.equals(policy.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name")))
                    .forEach(policy -> assertFalse(policy.getSpec().getPolicyTypes().contains("Egress"),
                            name + ": an egress policy would need a rule for the collector"));
        }
        for (NetworkPolicyIngressRule rule : collectorPolicy.getSpec().getIngress()) {
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                assertEquals(null, peer.getIpBlock(), "no address ranges reach the collector");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everyDeploymentProbesItsManagementPortAndListensWhereTheServiceDoes(String overlay) throws IOException {
        Manifests manifests = Manifests.render(overlay);
        for (String name : Manifests.DEPLOYMENTS) {
            Properties properties = Manifests.properties(name);
            Container container = container(manifests.one(Deployment.class, name), name);
            int api = containerPort(container, "http");
            int management = containerPort(container, "management");
            assertEquals(Integer.parseInt(properties.getProperty("quarkus.http.port")), api, name + ": API port");
            assertEquals(Integer.parseInt(properties.getProperty("quarkus.management.port")), management, name + ": management port");
            assertEquals("true", properties.getProperty("quarkus.management.enabled"), name + ": a management interface");
            probe(name, container.getStartupProbe(), "/q/health/started");
            probe(name, container.getReadinessProbe(), "/q/health/ready");
            probe(name, container.getLivenessProbe(), "/q/health/live");
            var resources = container.getResources();
            for (String resource : List.of("cpu", "memory")) {
                assertNotNull(resources.getRequests().get(resource), name + ": requests " + resource);
                assertNotNull(resources.getLimits().get(resource), name + ": limits " + resource);
            }
            assertEquals(resources.getLimits().get("memory"), resources.getLimits().get("memory"));
        }
    }

    private static void probe(String name, Probe probe, String path) {
        assertNotNull(probe, name + ": a probe for " + path);
        assertEquals(path, probe.getHttpGet().getPath(), name);
        assertEquals("management", probe.getHttpGet().getPort().getStrVal(), name + ": " + path + " on the management port");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everyPodRunsAsNonRootOnAReadOnlyFileSystemWithoutPrivilegeEscalation(String overlay) throws IOException {
        Manifests manifests = Manifests.render(overlay);
        List<Deployment> deployments = manifests.all(Deployment.class).toList();
        Set<String> expected = new HashSet<>(Manifests.DEPLOYMENTS);
        expected.add(COLLECTOR);
        assertEquals(expected, deployments.stream().map(d -> d.getMetadata().getName()).collect(Collectors.toSet()));
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podContext = pod.getSecurityContext();
            assertEquals(Boolean.TRUE, podContext.getRunAsNonRoot(), name);
            assertTrue(podContext.getRunAsUser() != null && podContext.getRunAsUser() > 0, name + ": a user other than root");
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), name + ": no API token in the pod");
            for (Container container : pod.getContainers()) {
                SecurityContext context = container.getSecurityContext();
                assertEquals(Boolean.FALSE, context.getAllowPrivilegeEscalation(), name);
                assertEquals(Boolean.TRUE, context.getReadOnlyRootFilesystem(), name);
                assertFalse(Boolean.TRUE.equals(context.getPrivileged()), name);
                assertEquals(List.of("ALL"), context.getCapabilities().getDrop(), name);
                assertTrue(container.getVolumeMounts().stream().anyMatch(mount -> mount.getMountPath().equals("/tmp")),
                        name + ": a writable /tmp on the read-only file system");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void secretsAreReferencedNeverWrittenAndEveryVariableIsOneTheServiceReads(String overlay) throws IOException {
        Manifests manifests = Manifests.render(overlay);
        assertEquals(0, manifests.all(Secret.class).count(), "no Secret in the manifests");
        ConfigMap platform = manifests.one(ConfigMap.class, "supervision-platform");
        platform.getData().forEach((key, value) -> assertFalse(key.matches("(?i).*(password|secret|token|credential).*"),
                "no secret in the ConfigMap: " + key));
        for (String name : Manifests.DEPLOYMENTS) {
            String properties = Manifests.text(Manifests.ROOT.resolve(name).resolve("src/main/resources/application.properties"));
            for (EnvVar variable : container(manifests.one(Deployment.class, name), name).getEnv()) {
                String variableName = variable.getName();
                if (variableName.matches(".*(PASSWORD|SECRET|TOKEN|CREDENTIAL).*")) {
                    assertTrue(variable.getValue() == null && variable.getValueFrom().getSecretKeyRef() != null,
                            name + ": " + variableName + " comes from a Secret");
                }
                if (variable.getValueFrom() != null && variable.getValueFrom().getConfigMapKeyRef() != null) {
                    String key = variable.getValueFrom().getConfigMapKeyRef().getKey();
                    assertTrue(platform.getData().containsKey(key), name + ": " + variableName + " reads the missing key " + key);
                }
                // a variable is read by the service: a ${NAME} of its properties, or a Quarkus property (QUARKUS_*), or the JVM's options
                assertTrue(properties.contains("${" + variableName + "}") || properties.contains("${" + variableName + ":")
                        || variableName.startsWith("QUARKUS_") || variableName.equals("JAVA_OPTS"),
                        name + " does not read " + variableName);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void eachServiceHasItsDatabaseAndRoleInTheCloudNativePgCluster(String overlay) throws IOException {
        Manifests manifests = Manifests.render(overlay);
        GenericKubernetesResource cluster = manifests.custom("Cluster").filter(c -> c.getMetadata().getName().equals("supervision-db"))
                .findFirst().orElseThrow();
        Map<String, Object> spec = cluster.get("spec");
        Map<String, String> databaseOwners = new java.util.HashMap<>();
        Map<String, String> roleSecrets = new java.util.HashMap<>();
        databaseOwners.put((String) Manifests.at(spec, "bootstrap", "initdb", "database"), (String) Manifests.at(spec, "bootstrap", "initdb", "owner"));
        roleSecrets.put((String) Manifests.at(spec, "bootstrap", "initdb", "owner"), (String) Manifests.at(spec, "bootstrap", "initdb", "secret", "name"));
        for (Object role : (List<?>) Manifests.at(spec, "managed", "roles")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) role;
            roleSecrets.put((String) r.get("name"), (String) Manifests.at(r, "passwordSecret", "name"));
        }
        manifests.custom("Database").filter(d -> "supervision-db".equals(Manifests.at(d.get("spec"), "cluster", "name")))
                .forEach(d -> databaseOwners.put((String) Manifests.at(d.get("spec"), "name"), (String) Manifests.at(d.get("spec"), "owner")));
        assertEquals(Set.copyOf(LocalPlatform.DATABASES.values()), databaseOwners.keySet(), "one database per service");
        for (Map.Entry<String, String> service : LocalPlatform.DATABASES.entrySet()) {
            String database = service.getValue();
            assertEquals(database, databaseOwners.get(database), database + " is owned by its own role");
            Container container = container(manifests.one(Deployment.class, service.getKey()), service.getKey());
            assertTrue(env(container, "DB_URL").getValue().endsWith("/" + database), service.getKey() + ": its database");
            assertTrue(env(container, "DB_URL").getValue().startsWith("jdbc:postgresql://supervision-db-rw:"), "the primary");
            assertEquals(roleSecrets.get(database), env(container, "DB_PASSWORD").getValueFrom().getSecretKeyRef().getName(),
                    service.getKey() + ": the password the operator gives its role");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everyTopicAndDeadLetterTopicIsAKafkaTopicTakingSixteenMebibytes(String overlay) throws IOException {
        Manifests manifests = Manifests.render(overlay);
        GenericKubernetesResource kafka = manifests.custom("Kafka").findFirst().orElseThrow();
        assertEquals("enabled", kafka.getMetadata().getAnnotations().get("strimzi.io/kraft"), "KRaft, no ZooKeeper");
        assertEquals("enabled", kafka.getMetadata().getAnnotations().get("strimzi.io/node-pools"));
        assertEquals(SIXTEEN_MIB, ((Number) Manifests.at(kafka.get("spec"), "kafka", "config", "message.max.bytes")).longValue());
        GenericKubernetesResource pool = manifests.custom("KafkaNodePool").findFirst().orElseThrow();
        assertEquals(kafka.getMetadata().getName(), pool.getMetadata().getLabels().get("strimzi.io/cluster"));
        assertEquals(Set.of("controller", "broker"), Set.copyOf((List<?>) Manifests.at(pool.get("spec"), "roles")));

        Set<String> expected = new TreeSet<>(LocalPlatform.TOPICS);
        Pattern deadLetter = Pattern.compile("(?m)^mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic=(\\S+)$");
        Pattern incoming = Pattern.compile("(?m)^mp\\.messaging\\.incoming\\.[^.]+\\.topic=(\\S+)$");
        for (String service : Manifests.SERVICES) {
            String properties = Manifests.text(Manifests.ROOT.resolve(service).resolve("src/main/resources/application.properties"));
            for (Pattern pattern : List.of(deadLetter, incoming)) {
                Matcher matcher = pattern.matcher(properties);
                while (matcher.find()) {
                    expected.add(matcher.group(1));
                }
            }
        }
        Map<String, GenericKubernetesResource> topics = manifests.custom("KafkaTopic")
                .collect(Collectors.toMap(t -> (String) Manifests.at(t.get("spec"), "topicName"), t -> t));
        assertTrue(topics.keySet().containsAll(expected), "missing KafkaTopics: " + difference(expected, topics.keySet()));
        for (Map.Entry<String, GenericKubernetesResource> topic : topics.entrySet()) {
            assertEquals(SIXTEEN_MIB, ((Number) Manifests.at(topic.getValue().get("spec"), "config", "max.message.bytes")).longValue(),
                    topic.getKey() + ": 16 MiB records");
            assertEquals(kafka.getMetadata().getName(), topic.getValue().getMetadata().getLabels().get("strimzi.io/cluster"), topic.getKey());
            if (!topic.getKey().contains(".dlq.")) {
                // a domain topic has its dead-letter topics for the same consumers as supervision.unit.v1
                continue;
            }
            assertTrue(topics.containsKey(topic.getKey().substring(0, topic.getKey().indexOf(".dlq."))), topic.getKey() + ": its topic");
        }
        // supervision.calendar.v1 (issue 17) is consumed as supervision.unit.v1 is: the same dead-letter topics
        for (String unitDeadLetter : topics.keySet().stream().filter(t -> t.startsWith("supervision.unit.v1.dlq.")).toList()) {
            assertTrue(topics.containsKey(unitDeadLetter.replace("supervision.unit.v1", "supervision.calendar.v1")), unitDeadLetter);
        }
    }

    private static Set<String> difference(Set<String> expected, Set<String> present) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(present);
        return missing;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void onlyTheGatewayReachesTheServicesApiPortsAndOnlyMonitoringAndTheGatewayTheirManagementPorts(String overlay) throws IOException {
        Manifests manifests = Manifests.render(overlay);
        for (String name : Manifests.DEPLOYMENTS) {
            Container container = container(manifests.one(Deployment.class, name), name);
            int api = containerPort(container, "http");
            int management = containerPort(container, "management");
            List<NetworkPolicy> policies = manifests.all(NetworkPolicy.class)
                    .filter(policy -> name.equals(policy.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name"))).toList();
            assertFalse(policies.isEmpty(), name + ": a policy selects its pods, so they accept only what is allowed");
            boolean apiReachable = false;
            for (NetworkPolicy policy : policies) {
                assertTrue(policy.getSpec().getPolicyTypes().contains("Ingress"), name);
                for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                    assertFalse(rule.getPorts() == null || rule.getPorts().isEmpty(), name + ": every rule names its ports");
                    assertFalse(rule.getFrom() == null || rule.getFrom().isEmpty(), name + ": every rule names who");
                    for (var port : rule.getPorts()) {
                        int number = port.getPort().getIntVal();
                        assertTrue(number == api || number == management, name + ": only its own ports");
                        for (NetworkPolicyPeer peer : rule.getFrom()) {
                            assertEquals(null, peer.getIpBlock(), name + ": no address ranges");
                            if (number == api && !name.equals("gateway")) {
                                apiReachable = true;
                                assertEquals(null, peer.getNamespaceSelector(), name + ": its API port from this namespace only");
                                assertEquals(Map.of("app.kubernetes.io/name", "gateway"), peer.getPodSelector().getMatchLabels(),
                                        name + ": its API port from the gateway only");
                            } else if (number == api) {
                                apiReachable = true;
                                assertEquals("ingress-nginx", peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"),
                                        "the gateway's API port from the ingress controller");
                            } else if (peer.getNamespaceSelector() != null) {
                                assertEquals(Map.of("kubernetes.io/metadata.name", "monitoring"), peer.getNamespaceSelector().getMatchLabels(),
                                        name + ": its management port from the monitoring namespace");
                                assertEquals(null, peer.getPodSelector(), name);
                            } else {
                                assertFalse(name.equals("gateway"), "the gateway's management port: monitoring only");
                                assertEquals(Map.of("app.kubernetes.io/name", "gateway"), peer.getPodSelector().getMatchLabels(),
                                        name + ": its management port from the gateway (health, API documents)");
                            }
                        }
                    }
                }
            }
            assertTrue(apiReachable, name + ": its API port is reachable from somewhere");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everyDeploymentHasAnAutoscalerAndADisruptionBudget(String overlay) throws IOException {
        Manifests manifests = Manifests.render(overlay);
        int minimum = overlay.equals("production") ? 2 : 1;
        for (String name : Manifests.DEPLOYMENTS) {
            Deployment deployment = manifests.one(Deployment.class, name);
            HorizontalPodAutoscaler autoscaler = manifests.all(HorizontalPodAutoscaler.class)
                    .filter(hpa -> hpa.getSpec().getScaleTargetRef().getName().equals(name)).findFirst().orElseThrow();
            assertEquals("Deployment", autoscaler.getSpec().getScaleTargetRef().getKind());
            assertTrue(autoscaler.getSpec().getMinReplicas() >= minimum, overlay + " " + name + ": at least " + minimum + " replicas");
            assertTrue(deployment.getSpec().getReplicas() >= minimum, overlay + " " + name + ": starts with " + minimum);
            assertTrue(autoscaler.getSpec().getMaxReplicas() > autoscaler.getSpec().getMinReplicas(), name);
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            PodDisruptionBudget budget = manifests.all(PodDisruptionBudget.class)
                    .filter(pdb -> podLabels.entrySet().containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet())).findFirst()
                    .orElseThrow(() -> new AssertionError(overlay + " " + name + ": a PodDisruptionBudget"));
            if (overlay.equals("production")) {
                // at least one replica stays through a node drain
                assertTrue(budget.getSpec().getMaxUnavailable() != null && budget.getSpec().getMaxUnavailable().getIntVal() < minimum
                        || budget.getSpec().getMinAvailable() != null && budget.getSpec().getMinAvailable().getIntVal() >= 1, name);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void theRealmHasNoDemoUsersNoSecretsAndTheStatedSecurity(String overlay) throws IOException {
        Manifests manifests = Manifests.render(overlay);
        GenericKubernetesResource keycloak = manifests.custom("Keycloak").findFirst().orElseThrow();
        GenericKubernetesResource realmImport = manifests.custom("KeycloakRealmImport").findFirst().orElseThrow();
        assertEquals(keycloak.getMetadata().getName(), Manifests.at(realmImport.get("spec"), "keycloakCRName"));
        @SuppressWarnings("unchecked")
        Map<String, Object> realm = (Map<String, Object>) Manifests.at(realmImport.get("spec"), "realm");
        assertEquals("supervision", realm.get("realm"));
        assertFalse(realm.containsKey("users"), "no users in the production realm");
        assertEquals(Boolean.TRUE, realm.get("bruteForceProtected"));
        assertEquals(Boolean.TRUE, realm.get("internationalizationEnabled"));
        assertEquals("zh-CN", realm.get("defaultLocale"));
        assertTrue(((Number) realm.get("accessTokenLifespan")).intValue() <= 900, "short access tokens");
        for (String lifetime : List.of("ssoSessionIdleTimeout", "ssoSessionMaxLifespan", "accessCodeLifespan")) {
            assertNotNull(realm.get(lifetime), lifetime + " is stated");
        }
        assertFalse("none".equals(realm.get("sslRequired")), "TLS required");
        for (Object item : (List<?>) realm.get("clients")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> client = (Map<String, Object>) item;
            assertFalse(client.containsKey("secret"), client.get("clientId") + ": no client secret in the manifests");
            assertFalse(Boolean.TRUE.equals(client.get("directAccessGrantsEnabled")), client.get("clientId") + ": no password grant");
            assertFalse(String.valueOf(client.get("redirectUris")).contains("localhost"), client.get("clientId") + ": no local redirects");
        }
        String rendered = realm.toString().toLowerCase();
        for (String demo : List.of("demo", "officer-fgw", "local only", "password\":")) {
            assertFalse(rendered.contains(demo), "the realm mentions " + demo);
        }
    }

    /**
     * The console is served by the gateway at / on the Ingress's host and signs in with the supervision-app client
     * from there: each overlay's realm lets it come back to that host (redirect, web origin, after logout), the
     * Ingress routes / to the gateway, mailed links point at it, and no overlay's realm names a local address.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    @SuppressWarnings("unchecked")
    void theConsoleSignsInFromTheGatewaysPublicHost(String overlay) throws IOException {
        Manifests manifests = Manifests.render(overlay);
        GenericKubernetesResource realmImport = manifests.custom("KeycloakRealmImport").findFirst().orElseThrow();
        Map<String, Object> app = ((List<Map<String, Object>>) Manifests.at(realmImport.get("spec"), "realm", "clients")).stream()
                .filter(c -> "supervision-app".equals(c.get("clientId"))).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no supervision-app client"));
        List<String> redirects = (List<String>) app.get("redirectUris");
        List<String> origins = (List<String>) app.get("webOrigins");
        String logout = String.valueOf(((Map<String, Object>) app.get("attributes")).get("post.logout.redirect.uris"));
        for (String address : (List<String>) (List<?>) java.util.stream.Stream.of(redirects, origins, List.of(logout))
                .flatMap(List::stream).toList()) {
            assertFalse(address.contains("localhost") || address.contains("127.0.0.1") || address.startsWith("http:"),
                    overlay + ": supervision-app allows " + address);
        }
        Ingress ingress = manifests.one(Ingress.class, "gateway");
        ingress.getSpec().getRules().forEach(rule -> assertTrue(rule.getHttp().getPaths().stream()
                        .anyMatch(p -> "/".equals(p.getPath()) && "Prefix".equals(p.getPathType())),
                overlay + ": " + rule.getHost() + " routes / (the console) to the gateway"));
        List<String> hosts = ingress.getSpec().getRules().stream().map(rule -> "https://" + rule.getHost()).toList();
        for (String host : hosts) {
            assertTrue(redirects.contains(host + "/*"), overlay + ": supervision-app may come back to " + host + ": " + redirects);
            assertTrue(origins.contains(host), overlay + ": supervision-app's web origins include " + host + ": " + origins);
            assertTrue(java.util.Arrays.asList(logout.split("##")).contains(host + "/*"), overlay + ": and after logout: " + logout);
        }
        // reminders mail link-base + /assignments/{id}; the gateway on the Ingress's host sends that on to the console
        String linkBase = manifests.one(ConfigMap.class, "supervision-platform").getData().get("link-base");
        assertTrue(hosts.contains(linkBase), overlay + ": mailed links (" + linkBase + ") go to the console's host " + hosts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void theGatewayAloneIsPublishedOverTls(String overlay) throws IOException {
        Manifests manifests = Manifests.render(overlay);
        List<Ingress> ingresses = manifests.all(Ingress.class).toList();
        assertEquals(1, ingresses.size());
        Ingress ingress = ingresses.get(0);
        Set<String> tlsHosts = new HashSet<>();
        ingress.getSpec().getTls().forEach(tls -> {
            assertNotNull(tls.getSecretName());
            tlsHosts.addAll(tls.getHosts());
        });
        ingress.getSpec().getRules().forEach(rule -> {
            assertTrue(tlsHosts.contains(rule.getHost()), rule.getHost() + " is served with TLS");
            rule.getHttp().getPaths().forEach(path -> {
                assertEquals("gateway", path.getBackend().getService().getName());
                assertEquals("http", path.getBackend().getService().getPort().getName(), "never the management port");
                assertFalse(path.getPath().startsWith("/q/health") || path.getPath().startsWith("/q/metrics"), path.getPath());
            });
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everythingIsInTheOverlaysNamespaceWithTaggedImages(String overlay) throws IOException {
        Manifests manifests = Manifests.render(overlay);
        String namespace = overlay.equals("production") ? "supervision" : "supervision-dev";
        manifests.objects().forEach(object -> assertEquals(namespace, object.getMetadata().getNamespace(),
                object.getKind() + " " + object.getMetadata().getName()));
        for (String name : Manifests.DEPLOYMENTS) {
            String image = container(manifests.one(Deployment.class, name), name).getImage();
            assertTrue(image.matches(".+/supervision/" + name + ":[^:/]+") && !image.endsWith(":latest"), image);
        }
    }

    static Container container(Deployment deployment, String name) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream().filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": no container " + name));
    }

    static int containerPort(Container container, String name) {
        return container.getPorts().stream().filter(p -> name.equals(p.getName())).map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + ": no port " + name));
    }

    static EnvVar env(Container container, String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + ": no " + name));
    }
}
