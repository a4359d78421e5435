package dev.redirectlint.model;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The HTTP methods a handler accepts: a set of method names, or every method.
 *
 * @param any true when the handler is mapped to every method (no method restriction)
 * @param methods the upper-case method names when {@code any} is false
 */
public record AcceptedMethods(boolean any, Set<String> methods) {

    /** Methods that carry a request the client may silently turn into GET after a 301 or 302. */
    public static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    private static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

    public AcceptedMethods {
        methods = Set.copyOf(methods);
    }

    public static AcceptedMethods anyMethod() {
        return new AcceptedMethods(true, Set.of());
    }

    public static AcceptedMethods of(Collection<String> names) {
        return new AcceptedMethods(false,
                names.stream().map(name -> name.toUpperCase(Locale.ROOT)).collect(Collectors.toSet()));
    }

    /** True if the handler accepts POST, PUT, PATCH or DELETE, explicitly or as one of every method. */
    public boolean acceptsUnsafe() {
        return any || methods.stream().anyMatch(UNSAFE::contains);
    }

    /** True if the handler names at least one unsafe method explicitly. */
    public boolean namesUnsafe() {
        return !any && methods.stream().anyMatch(UNSAFE::contains);
    }

    /** For messages: {@code POST}, {@code GET, POST} or {@code every HTTP method}. */
    public String describe() {
        if (any) {
            return "every HTTP method";
        }
        TreeSet<String> sorted = new TreeSet<>((a, b) -> {
            int ia = ORDER.indexOf(a);
            int ib = ORDER.indexOf(b);
            if (ia >= 0 && ib >= 0) {
                return Integer.compare(ia, ib);
            }
            return ia >= 0 ? -1 : ib >= 0 ? 1 : a.compareTo(b);
        });
        sorted.addAll(methods);
        return String.join(", ", sorted);
    }
}
