package dev.redirectlint.frameworks.play;

import dev.redirectlint.java.ConfigFacts;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The actions a Play application's routes files name, with the HTTP methods of their routes: the only place
 * a Play controller says which methods an action accepts.
 *
 * @param verbsByAction by {@code package.Controller#method}, kept sorted: its text is part of the cache's digest
 */
record PlayRoutes(SortedMap<String, Set<String>> verbsByAction) implements ConfigFacts {

    PlayRoutes {
        TreeMap<String, Set<String>> sorted = new TreeMap<>();
        verbsByAction.forEach((action, verbs) -> sorted.put(action, Collections.unmodifiableSet(new TreeSet<>(verbs))));
        verbsByAction = Collections.unmodifiableSortedMap(sorted);
    }

    /** The HTTP methods of the routes to an action, if any route names it. */
    Optional<Set<String>> verbs(String controller, String method) {
        return Optional.ofNullable(verbsByAction.get(controller + "#" + method));
    }

    /** True if some route names an action of this controller. */
    boolean routesTo(String controller) {
        String prefix = controller + "#";
        SortedMap<String, Set<String>> from = verbsByAction.tailMap(prefix);
        return !from.isEmpty() && from.firstKey().startsWith(prefix);
    }
}
