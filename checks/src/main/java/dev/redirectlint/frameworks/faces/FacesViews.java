package dev.redirectlint.frameworks.faces;

import dev.redirectlint.java.ConfigFacts;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The bean methods the project's Facelets views invoke, and how: {@code bean.method} to the kinds of call.
 * Its text (sorted) is part of the project settings, so a changed view makes the results computed under
 * the old calls stale.
 */
record FacesViews(SortedMap<String, Set<ViewCall>> calls) implements ConfigFacts {

    FacesViews {
        calls = Collections.unmodifiableSortedMap(new TreeMap<>(calls));
    }

    /** How views invoke {@code method} of the bean EL names {@code bean}: empty if no view does. */
    Set<ViewCall> calls(String bean, String method) {
        return calls.getOrDefault(bean + "." + method, Set.of());
    }

    /** Collects the calls of one run's views. */
    static final class Builder {
        private final Map<String, Set<ViewCall>> calls = new TreeMap<>();

        void add(String bean, String method, ViewCall call) {
            calls.computeIfAbsent(bean + "." + method, k -> EnumSet.noneOf(ViewCall.class)).add(call);
        }

        boolean isEmpty() {
            return calls.isEmpty();
        }

        FacesViews build() {
            SortedMap<String, Set<ViewCall>> copy = new TreeMap<>();
            calls.forEach((key, kinds) -> copy.put(key, Collections.unmodifiableSet(EnumSet.copyOf(kinds))));
            return new FacesViews(copy);
        }
    }
}
