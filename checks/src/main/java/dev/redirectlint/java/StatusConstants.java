package dev.redirectlint.java;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Library constants that denote an HTTP status, with their codes, and the name each library gives
 * to the statuses a fix may write (303, 307, 308). Facts from ../shared/reference/redirect-semantics.md.
 */
public final class StatusConstants {

    /**
     * A class that holds status constants.
     *
     * @param intTyped true when the constants are plain {@code int}s, so a literal may replace one
     * @param codes member name to status code
     * @param names status code to the member name a fix writes
     */
    public record Owner(String fqn, boolean intTyped, Map<String, Integer> codes, Map<Integer, String> names) {

        /**
         * An owner whose fixes write, for each of 303, 307 and 308, the first member of {@code codes} with
         * that code.
         */
        public static Owner of(String fqn, boolean intTyped, Map<String, Integer> codes) {
            return new Owner(fqn, intTyped, codes, StatusConstants.names(codes));
        }
    }

    private static final Map<String, Owner> OWNERS = new LinkedHashMap<>();
    private static final Map<String, Integer> SPRING_NAMES;

    static {
        Map<String, Integer> spring = codes(
                "MULTIPLE_CHOICES", 300, "MOVED_PERMANENTLY", 301, "FOUND", 302, "MOVED_TEMPORARILY", 302,
                "SEE_OTHER", 303, "NOT_MODIFIED", 304, "USE_PROXY", 305, "TEMPORARY_REDIRECT", 307,
                "PERMANENT_REDIRECT", 308, "OK", 200, "CREATED", 201, "ACCEPTED", 202, "NO_CONTENT", 204,
                "BAD_REQUEST", 400, "UNAUTHORIZED", 401, "FORBIDDEN", 403, "NOT_FOUND", 404,
                "METHOD_NOT_ALLOWED", 405, "CONFLICT", 409, "INTERNAL_SERVER_ERROR", 500);
        // Spring's HttpStatus is its home's; other homes' status constants (netty's, Micronaut's) use Spring's
        // names, but for the deprecated MOVED_TEMPORARILY (springNames()), so the names stay here.
        Map<String, Integer> springNames = new LinkedHashMap<>(spring);
        springNames.remove("MOVED_TEMPORARILY");
        SPRING_NAMES = Collections.unmodifiableMap(springNames);

        Map<String, Integer> jdk = codes("HTTP_MULT_CHOICE", 300, "HTTP_MOVED_PERM", 301, "HTTP_MOVED_TEMP", 302,
                "HTTP_SEE_OTHER", 303, "HTTP_NOT_MODIFIED", 304, "HTTP_USE_PROXY", 305, "HTTP_OK", 200,
                "HTTP_CREATED", 201);
        add(new Owner("java.net.HttpURLConnection", true, jdk, names(jdk)));

        Map<String, Integer> apache = codes("SC_MULTIPLE_CHOICES", 300, "SC_MOVED_PERMANENTLY", 301,
                "SC_MOVED_TEMPORARILY", 302, "SC_SEE_OTHER", 303, "SC_NOT_MODIFIED", 304, "SC_USE_PROXY", 305,
                "SC_TEMPORARY_REDIRECT", 307, "SC_OK", 200, "SC_CREATED", 201);
        add(new Owner("org.apache.http.HttpStatus", true, apache, names(apache)));
        Map<String, Integer> apache5 = new LinkedHashMap<>(apache);
        apache5.put("SC_PERMANENT_REDIRECT", 308);
        add(new Owner("org.apache.hc.core5.http.HttpStatus", true, apache5, names(apache5)));

        Map<String, Integer> jetty = codes("MOVED_PERMANENTLY_301", 301, "FOUND_302", 302,
                "MOVED_TEMPORARILY_302", 302, "SEE_OTHER_303", 303, "NOT_MODIFIED_304", 304,
                "TEMPORARY_REDIRECT_307", 307, "PERMANENT_REDIRECT_308", 308, "OK_200", 200, "CREATED_201", 201);
        add(new Owner("org.eclipse.jetty.http.HttpStatus", true, jetty, names(jetty)));
    }

    private StatusConstants() {}

    public static Set<String> owners() {
        return Installed.OWNERS.keySet();
    }

    public static Optional<Owner> owner(String fqn) {
        return Optional.ofNullable(Installed.OWNERS.get(fqn));
    }

    /** These owners and the framework homes', built on first use (a home may name this class as it loads). */
    private static final class Installed {
        static final Map<String, Owner> OWNERS = new LinkedHashMap<>(StatusConstants.OWNERS);

        static {
            FrameworkFacts.installed().forEach(home -> home.statusConstants().forEach(o -> OWNERS.put(o.fqn(), o)));
        }
    }

    /** The code of a qualified member such as {@code org.springframework.http.HttpStatus.FOUND}. */
    public static Optional<Integer> codeOf(String qualifiedMember) {
        int dot = qualifiedMember.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        Owner owner = Installed.OWNERS.get(qualifiedMember.substring(0, dot));
        return owner == null ? Optional.empty()
                : Optional.ofNullable(owner.codes().get(qualifiedMember.substring(dot + 1)));
    }

    private static void add(Owner owner) {
        OWNERS.put(owner.fqn(), owner);
    }

    /**
     * Spring's {@code HttpStatus} members with their codes, but for the deprecated {@code MOVED_TEMPORARILY}: the
     * names other libraries' status constants share, in Spring's order.
     */
    public static Map<String, Integer> springNames() {
        return SPRING_NAMES;
    }

    /** Member names and codes, in pairs: {@code codes("FOUND", 302, "SEE_OTHER", 303)}, in that order. */
    public static Map<String, Integer> codes(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }

    /** The first (preferred) member name for each code, for the statuses a fix writes. */
    public static Map<Integer, String> names(Map<String, Integer> codes) {
        Map<Integer, String> names = new LinkedHashMap<>();
        codes.forEach((name, code) -> {
            if (code == 303 || code == 307 || code == 308) {
                names.putIfAbsent(code, name);
            }
        });
        return names;
    }
}
