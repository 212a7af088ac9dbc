package org.supervision.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer does what kustomize does for the fields it knows, and refuses the rest. */
class KustomizeTest {

    @TempDir
    Path folder;

    @Test
    void aPatchMergesNamedListsOfKubernetesKindsByNameAndReplacesListsOfCustomResources() throws IOException {
        Files.writeString(folder.resolve("app.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  template:
                    spec:
                      containers:
                      - name: app
                        image: supervision/app
                        env:
                        - {name: A, value: "1"}
                ---
                apiVersion: example.org/v1
                kind: Thing
                metadata: {name: thing}
                spec: {items: [a, b], size: 1}
                """);
        Files.writeString(folder.resolve("kustomization.yaml"), """
                namespace: here
                resources: [app.yaml]
                images:
                - {name: supervision/app, newName: registry.example/app, newTag: "2"}
                patches:
                - patch: |-
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: app}
                    spec:
                      template:
                        spec:
                          containers:
                          - name: app
                            env:
                            - {name: B, value: "2"}
                - target: {kind: Thing}
                  patch: |-
                    apiVersion: example.org/v1
                    kind: Thing
                    metadata: {name: whatever}
                    spec: {items: [c]}
                """);
        List<Map<String, Object>> objects = Kustomize.build(folder);
        String yaml = Kustomize.toYaml(objects);
        assertTrue(yaml.contains("name: A") && yaml.contains("name: B"), yaml);
        assertTrue(yaml.contains("image: registry.example/app:2"), yaml);
        assertEquals(List.of("c"), Manifests.at(objects.get(1), "spec", "items"));
        assertEquals(1, Manifests.at(objects.get(1), "spec", "size"));
        assertEquals("here", Manifests.at(objects.get(1), "metadata", "namespace"));
    }

    @Test
    void aFieldItDoesNotRenderOrAPatchMatchingNothingStopsIt() throws IOException {
        Files.writeString(folder.resolve("kustomization.yaml"), "namePrefix: x-\nresources: []\n");
        assertThrows(IllegalArgumentException.class, () -> Kustomize.build(folder));
        Files.writeString(folder.resolve("kustomization.yaml"), """
                resources: []
                patches:
                - patch: |-
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: nobody}
                """);
        assertThrows(IllegalArgumentException.class, () -> Kustomize.build(folder));
    }

    @Test
    void aListOfJsonPatchOperationsChangesOneItemOfACustomResourcesListAndATestThatFailsStopsIt() throws IOException {
        Files.writeString(folder.resolve("realm.yaml"), """
                apiVersion: example.org/v1
                kind: Realm
                metadata: {name: realm}
                spec:
                  clients:
                  - {clientId: api, redirectUris: []}
                  - clientId: app
                    redirectUris: ["https://a.example/*"]
                    attributes: {post.logout.redirect.uris: "https://a.example/*"}
                """);
        String operations = """
                - target: {kind: Realm, name: realm}
                  patch: |-
                    - {op: test, path: /spec/clients/1/clientId, value: %s}
                    - {op: replace, path: /spec/clients/1/redirectUris, value: ["https://b.example/*"]}
                    - {op: replace, path: /spec/clients/1/attributes/post.logout.redirect.uris, value: "https://b.example/*"}
                    - {op: add, path: /spec/clients/-, value: {clientId: extra}}
                    - {op: remove, path: /spec/clients/0/redirectUris}
                """;
        Files.writeString(folder.resolve("kustomization.yaml"), "resources: [realm.yaml]\npatches:\n" + operations.formatted("app"));
        Map<String, Object> realm = Kustomize.build(folder).get(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> clients = (List<Map<String, Object>>) Manifests.at(realm, "spec", "clients");
        assertEquals(List.of("https://b.example/*"), clients.get(1).get("redirectUris"));
        assertEquals("https://b.example/*", ((Map<?, ?>) clients.get(1).get("attributes")).get("post.logout.redirect.uris"));
        assertEquals("extra", clients.get(2).get("clientId"));
        assertEquals(Map.of("clientId", "api"), clients.get(0));

        // the list moved: the test fails and nothing is rendered, rather than patching the wrong client
        Files.writeString(folder.resolve("kustomization.yaml"), "resources: [realm.yaml]\npatches:\n" + operations.formatted("api"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Kustomize.build(folder));
        assertTrue(refused.getMessage().contains("/spec/clients/1/clientId"), refused.getMessage());
        Files.writeString(folder.resolve("kustomization.yaml"), """
                resources: [realm.yaml]
                patches:
                - target: {kind: Realm}
                  patch: |-
                    - {op: replace, path: /spec/clients/7/redirectUris, value: []}
                """);
        assertThrows(IllegalArgumentException.class, () -> Kustomize.build(folder));
    }
}
