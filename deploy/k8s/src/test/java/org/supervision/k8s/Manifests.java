package org.supervision.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** One overlay rendered (Kustomize) and read into fabric8's model; custom resources stay generic. */
record Manifests(String overlay, List<HasMetadata> objects) {

    static final Path ROOT = Path.of("..", "..");
    static final List<String> SERVICES = List.of("plan-service", "task-service", "notification-service");
    static final List<String> DEPLOYMENTS = List.of("plan-service", "task-service", "notification-service", "gateway");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private static final Map<String, Manifests> RENDERED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The overlay, rendered once per test run (the tests only read it). */
    static Manifests render(String overlay) throws IOException {
        Manifests rendered = RENDERED.get(overlay);
        if (rendered == null) {
            rendered = renderNow(overlay);
            RENDERED.put(overlay, rendered);
        }
        return rendered;
    }

    private static Manifests renderNow(String overlay) throws IOException {
        List<HasMetadata> objects = Kustomize.build(Path.of("overlays", overlay)).stream()
                .map(object -> (HasMetadata) SERIALIZATION.convertValue(object, io.fabric8.kubernetes.api.model.KubernetesResource.class))
                .toList();
        return new Manifests(overlay, objects);
    }

    <T extends HasMetadata> Stream<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast);
    }

    <T extends HasMetadata> T one(Class<T> type, String name) {
        return all(type).filter(object -> object.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no " + type.getSimpleName() + " " + name));
    }

    Stream<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).filter(object -> object.getKind().equals(kind));
    }

    /** A module's application.properties, as the service reads it without a profile. */
    static Properties properties(String module) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(module).resolve("src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static Object at(Map<String, Object> map, String... path) {
        Object current = map;
        for (String key : path) {
            if (!(current instanceof Map)) {
                return null;
            }
            current = ((Map<String, Object>) current).get(key);
        }
        return current;
    }
}
