package dev.redirectlint.frameworks.vertx;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The project's OpenAPI 3 contracts, which a Vert.x Web {@code RouterBuilder} routes by: where a build finds them,
 * and the HTTP method of each operation once read. A {@code RouterBuilder} loads its contract from a path that
 * Vert.x resolves on the file system, relative to the working directory, and then on the class path
 * ({@code RouterBuilder.create(vertx, "petstore.yaml")}, {@code OpenAPIContract.from(vertx, "openapi/api.yaml")}),
 * under any name: {@code petstore.yaml}, {@code endpoints.yaml} and {@code webroot/openapi.yaml} are all
 * seen in applications. So every YAML and JSON file of the resources is a candidate, with those at the
 * module's top and in its {@code docs} (a path relative to where the application is started); a file is a
 * contract only if its top-level {@code openapi} field is a 3.x version (Vert.x's builders read OpenAPI 3 only),
 * anything else is left out.
 */
final class OpenApiContracts {

    /**
     * YAML and JSON under the resources; YAML and {@code openapi*.json} at the module's top and in {@code docs}
     * (not every JSON file there: {@code package.json} and its lock file are not contracts, and may be large).
     */
    static final List<String> PATTERNS = List.of(
            "src/main/resources/**/*.yaml", "src/main/resources/**/*.yml", "src/main/resources/**/*.json",
            "*.yaml", "*.yml", "openapi*.json", "docs/*.yaml", "docs/*.yml", "docs/openapi*.json");

    /** The operation fields of a Path Item object (OpenAPI 3.0 and 3.1), which Vert.x 4's builder reads too. */
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    /** A larger file is not read: no contract is this large, and a resource this large is data. */
    static final int MAX_BYTES = 4 << 20;
    private static final Gson GSON = new Gson();

    private OpenApiContracts() {}

    /** The operations of those files that are contracts; empty if none is. */
    static Optional<OpenApiOperations> read(List<Path> files) {
        SortedMap<String, Set<String>> methods = new TreeMap<>();
        boolean any = false;
        for (Path file : files) {
            Optional<Map<?, ?>> contract = contract(file);
            if (contract.isPresent()) {
                any = true;
                operations(contract.get(), (id, method) -> methods.computeIfAbsent(id, k -> new TreeSet<>()).add(method));
            }
        }
        return any ? Optional.of(new OpenApiOperations(methods)) : Optional.empty();
    }

    /** The file's document, if it is an OpenAPI 3 contract. */
    static Optional<Map<?, ?>> contract(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains("openapi")) {
                return Optional.empty(); // most resources: not parsed
            }
            Object document = file.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                    ? GSON.fromJson(text, Object.class) : YamlDocuments.load(text, MAX_BYTES);
            if (document instanceof Map<?, ?> map && isVersion3(map.get("openapi"))) {
                return Optional.of(map);
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable, not UTF-8, malformed, or beyond the parser's limits: it routes nothing that can be seen.
        }
        return Optional.empty();
    }

    /** {@code openapi: 3.0.3}; also {@code openapi: 3.1}, which YAML reads as a number. */
    private static boolean isVersion3(Object version) {
        return (version instanceof String || version instanceof Number) && String.valueOf(version).startsWith("3.");
    }

    /**
     * Each operation with an {@code operationId} under {@code paths}, with its method in upper case. Extensions
     * ({@code x-...}) are not paths, as Vert.x skips them; a Path Item given by {@code $ref} is not followed, so its
     * operations stay unknown rather than guessed.
     */
    static void operations(Map<?, ?> contract, BiConsumer<String, String> operation) {
        if (!(contract.get("paths") instanceof Map<?, ?> paths)) {
            return;
        }
        for (Map.Entry<?, ?> path : paths.entrySet()) {
            if (!(path.getKey() instanceof String name) || name.startsWith("x-")
                    || !(path.getValue() instanceof Map<?, ?> item) || item.containsKey("$ref")) {
                continue;
            }
            for (String method : METHODS) {
                if (item.get(method) instanceof Map<?, ?> definition && definition.get("operationId") instanceof String id) {
                    operation.accept(id, method.toUpperCase(Locale.ROOT));
                }
            }
        }
    }
}
