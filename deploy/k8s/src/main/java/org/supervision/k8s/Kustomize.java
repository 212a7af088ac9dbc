package org.supervision.k8s;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders a kustomization as {@code kustomize build} (and {@code kubectl apply -k}) would, for the small part
 * of kustomize these manifests use, so that they can be checked where no kustomize is installed:
 * {@code resources} (files and directories holding a kustomization), {@code namespace}, {@code labels}
 * (pairs, on the objects' own labels only), {@code images} (newName, newTag, digest) and {@code patches}
 * (strategic merge, by the patch's own kind and name or by a {@code target} of kind and optional name; with a
 * target, a list of JSON patch operations: test, replace, add, remove).
 * Any other field stops the rendering, so a manifest cannot silently use more than is checked here.
 *
 * <p>A patch of a Kubernetes kind merges lists of named items (containers, env, volumes) by name, as a
 * strategic merge does; a patch of a custom resource (Strimzi, CloudNativePG, Keycloak) merges maps and
 * replaces lists, as kustomize's JSON merge patch for kinds it has no schema of does.
 *
 * <p>{@code java -cp ... org.supervision.k8s.Kustomize deploy/k8s/overlays/production} prints the result.
 */
public final class Kustomize {

    private static final Set<String> KNOWN = Set.of("apiVersion", "kind", "resources", "namespace", "labels", "images", "patches");
    private static final Set<String> BUILT_IN_GROUPS = Set.of("v1", "apps/v1", "autoscaling/v2", "policy/v1", "networking.k8s.io/v1",
            "batch/v1", "rbac.authorization.k8s.io/v1");

    private Kustomize() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(toYaml(build(Path.of(args[0]))));
    }

    /** The rendered objects of the kustomization in this directory, in the order of its resources. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> build(Path directory) throws IOException {
        Map<String, Object> kustomization = readOne(directory.resolve("kustomization.yaml"));
        for (String field : kustomization.keySet()) {
            if (!KNOWN.contains(field)) {
                throw new IllegalArgumentException(directory + "/kustomization.yaml: '" + field + "' is not rendered here (Kustomize)");
            }
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String resource : (List<String>) kustomization.getOrDefault("resources", List.of())) {
            Path path = directory.resolve(resource).normalize();
            objects.addAll(Files.isDirectory(path) ? build(path) : readAll(path));
        }
        for (Map<String, Object> patch : (List<Map<String, Object>>) kustomization.getOrDefault("patches", List.of())) {
            applyPatch(directory, patch, objects);
        }
        for (Map<String, Object> image : (List<Map<String, Object>>) kustomization.getOrDefault("images", List.of())) {
            objects.forEach(object -> setImage(object, image));
        }
        Object namespace = kustomization.get("namespace");
        if (namespace != null) {
            objects.forEach(object -> metadata(object).put("namespace", namespace));
        }
        for (Map<String, Object> labels : (List<Map<String, Object>>) kustomization.getOrDefault("labels", List.of())) {
            if (Boolean.TRUE.equals(labels.get("includeSelectors")) || Boolean.TRUE.equals(labels.get("includeTemplates"))) {
                throw new IllegalArgumentException("labels: only pairs on the objects' own labels are rendered here");
            }
            Map<String, Object> pairs = (Map<String, Object>) labels.get("pairs");
            objects.forEach(object -> ((Map<String, Object>) metadata(object).computeIfAbsent("labels", k -> new LinkedHashMap<>())).putAll(pairs));
        }
        return objects;
    }

    /**
     * A strategic merge patch (one object: its own kind and name, or a target's), or with a target a list of JSON
     * patch operations (RFC 6902), as in kustomize; a patch that matches nothing stops the rendering.
     */
    @SuppressWarnings("unchecked")
    private static void applyPatch(Path directory, Map<String, Object> entry, List<Map<String, Object>> objects) throws IOException {
        Object loaded = entry.containsKey("path") ? readOne(directory.resolve((String) entry.get("path")))
                : new Yaml().load((String) entry.get("patch"));
        Map<String, Object> target = (Map<String, Object>) entry.get("target");
        boolean operations = loaded instanceof List;
        if (operations && target == null) {
            throw new IllegalArgumentException(directory + ": a JSON patch needs a target " + entry);
        }
        Map<String, Object> named = target != null ? target : (Map<String, Object>) loaded;
        String kind = (String) named.get("kind");
        String name = target != null ? (String) target.get("name") : (String) metadata(named).get("name");
        if (kind == null) {
            throw new IllegalArgumentException(directory + ": a patch needs a kind " + entry);
        }
        List<Map<String, Object>> matches = objects.stream()
                .filter(o -> kind.equals(o.get("kind")) && (name == null || name.equals(metadata(o).get("name")))).toList();
        if (matches.isEmpty()) {
            throw new IllegalArgumentException(directory + ": the patch " + entry + " matches nothing (" + kind + " " + name + ")");
        }
        for (Map<String, Object> object : matches) {
            if (operations) {
                JsonPatch.apply(object, (List<Map<String, Object>>) loaded);
            } else {
                Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) loaded);
                body.remove("apiVersion");
                body.remove("kind");
                Map<String, Object> patchMetadata = new LinkedHashMap<>(metadata(body));
                patchMetadata.remove("name"); // with a target, the patch's own name means nothing
                body.put("metadata", patchMetadata);
                merge(object, body, BUILT_IN_GROUPS.contains(object.get("apiVersion")));
            }
        }
    }

    /** Strategic merge of {@code patch} into {@code into}: maps merge, a null removes, named lists merge by name when {@code byName}. */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> into, Map<String, Object> patch, boolean byName) {
        for (Map.Entry<String, Object> entry : patch.entrySet()) {
            Object current = into.get(entry.getKey());
            Object change = entry.getValue();
            if (change == null) {
                into.remove(entry.getKey());
            } else if (current instanceof Map && change instanceof Map) {
                merge((Map<String, Object>) current, (Map<String, Object>) change, byName);
            } else if (byName && current instanceof List && change instanceof List && named((List<Object>) current) && named((List<Object>) change)) {
                List<Object> merged = new ArrayList<>((List<Object>) current);
                for (Object item : (List<Object>) change) {
                    Map<String, Object> patchItem = (Map<String, Object>) item;
                    Map<String, Object> existing = merged.stream().map(o -> (Map<String, Object>) o)
                            .filter(o -> o.get("name").equals(patchItem.get("name"))).findFirst().orElse(null);
                    if (existing == null) {
                        merged.add(copy(patchItem));
                    } else {
                        merge(existing, patchItem, true);
                    }
                }
                into.put(entry.getKey(), merged);
            } else {
                into.put(entry.getKey(), copy(change));
            }
        }
    }

    private static boolean named(List<Object> list) {
        return list.stream().allMatch(item -> item instanceof Map<?, ?> map && map.get("name") instanceof String);
    }

    @SuppressWarnings("unchecked")
    private static void setImage(Map<String, Object> object, Map<String, Object> image) {
        Map<String, Object> spec = (Map<String, Object>) object.get("spec");
        Map<String, Object> template = spec == null ? null : (Map<String, Object>) spec.get("template");
        Map<String, Object> podSpec = template == null ? null : (Map<String, Object>) template.get("spec");
        if (podSpec == null) {
            return;
        }
        for (String field : List.of("containers", "initContainers")) {
            for (Map<String, Object> container : (List<Map<String, Object>>) podSpec.getOrDefault(field, List.of())) {
                String current = (String) container.get("image");
                String bare = current.replaceAll("@.*$", "").replaceAll(":[^:/]*$", "");
                if (bare.equals(image.get("name"))) {
                    String name = (String) image.getOrDefault("newName", bare);
                    Object digest = image.get("digest");
                    Object tag = image.get("newTag");
                    container.put("image", digest != null ? name + "@" + digest : tag != null ? name + ":" + tag : name);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<String, Object> object) {
        return (Map<String, Object>) object.computeIfAbsent("metadata", k -> new LinkedHashMap<>());
    }

    @SuppressWarnings("unchecked")
    static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, copy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            return (T) new ArrayList<>(list.stream().map(Kustomize::copy).toList());
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> readAll(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Object document : new Yaml(new LoaderOptions()).loadAll(reader)) {
                if (document != null) {
                    documents.add(copy((Map<String, Object>) document));
                }
            }
        }
        return documents;
    }

    private static Map<String, Object> readOne(Path file) throws IOException {
        List<Map<String, Object>> documents = readAll(file);
        if (documents.size() != 1) {
            throw new IllegalArgumentException(file + ": one document expected, found " + documents.size());
        }
        return documents.get(0);
    }

    /** The objects as one multi-document YAML stream, as kustomize prints them. */
    public static String toYaml(List<Map<String, Object>> objects) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(160);
        Yaml yaml = new Yaml(options);
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> object : objects) {
            if (!out.isEmpty()) {
                out.append("---\n");
            }
            out.append(yaml.dump(object));
        }
        return out.toString();
    }
}
