package org.supervision.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The smoke run's pods are the dev overlay's Deployments with the local platform written in, nothing looser. */
class SmokeManifestsTest {

    @Test
    void thePodsKeepTheOverlaysImagesAndSecurityAndReadOnlyLiteralLocalSettings() throws IOException {
        Properties platform = new Properties();
        platform.setProperty("oidc-auth-server-url", "http://localhost:8180/realms/supervision");
        platform.setProperty("kafka-bootstrap-servers", "127.0.0.1:19092");
        platform.setProperty("postgres", "127.0.0.1:15432");
        platform.setProperty("smtp-port", "2525");
        List<Map<String, Object>> pods = SmokeManifests.generate(Path.of("."), platform);
        assertEquals(List.of("plan-service", "task-service", "notification-service", "gateway"),
                pods.stream().map(p -> Manifests.at(p, "metadata", "name")).toList(), "the gateway starts last");
        String yaml = Kustomize.toYaml(pods);
        assertFalse(yaml.contains("secretKeyRef") || yaml.contains("configMapKeyRef"), "podman gets literal values");
        assertFalse(yaml.contains("namespace:"));
        for (Map<String, Object> pod : pods) {
            String name = (String) Manifests.at(pod, "metadata", "name");
            assertEquals(Boolean.TRUE, Manifests.at(pod, "spec", "template", "spec", "hostNetwork"), name);
            assertEquals(185, Manifests.at(pod, "spec", "template", "spec", "securityContext", "runAsUser"), name);
            @SuppressWarnings("unchecked")
            Map<String, Object> container = ((List<Map<String, Object>>) Manifests.at(pod, "spec", "template", "spec", "containers")).get(0);
            assertEquals("localhost/supervision/" + name + ":dev", container.get("image"));
            assertEquals(Boolean.TRUE, Manifests.at(container, "securityContext", "readOnlyRootFilesystem"), name);
            assertEquals(Boolean.FALSE, Manifests.at(container, "securityContext", "allowPrivilegeEscalation"), name);
            assertTrue(String.valueOf(container.get("env")).contains("QUARKUS_PROFILE, value=local"), name + ": the profile whose guard accepts LOCAL ONLY values");
        }
        assertTrue(yaml.contains("jdbc:postgresql://127.0.0.1:15432/task"), yaml);
    }
}
