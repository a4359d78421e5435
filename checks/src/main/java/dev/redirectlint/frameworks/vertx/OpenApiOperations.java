package dev.redirectlint.frameworks.vertx;

import dev.redirectlint.java.ConfigFacts;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The operations of a project's OpenAPI contracts, with the HTTP method of each: what a Vert.x Web
 * {@code RouterBuilder} routes {@code operation("createPet")} or {@code getRoute("createPet")} to.
 *
 * @param methodsByOperation by {@code operationId}, the upper-case methods of the operations with that id in any
 *     contract read, kept sorted: its text is part of the cache's digest
 */
record OpenApiOperations(SortedMap<String, Set<String>> methodsByOperation) implements ConfigFacts {

    OpenApiOperations {
        TreeMap<String, Set<String>> sorted = new TreeMap<>();
        methodsByOperation.forEach((id, methods) -> sorted.put(id, Collections.unmodifiableSet(new TreeSet<>(methods))));
        methodsByOperation = Collections.unmodifiableSortedMap(sorted);
    }

    /**
     * The HTTP method of the operation, if the contracts give it one. Two contracts (or an invalid one) that give
     * the id different methods leave it unknown: which contract the builder loaded is not read, and a method is
     * not guessed.
     */
    Optional<String> method(String operationId) {
        Set<String> methods = methodsByOperation.get(operationId);
        return methods != null && methods.size() == 1 ? Optional.of(methods.iterator().next()) : Optional.empty();
    }
}
