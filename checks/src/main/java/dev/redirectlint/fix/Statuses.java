package dev.redirectlint.fix;

import java.util.Map;

/** Names of the statuses a fix may write. */
public final class Statuses {

    private static final Map<Integer, String> PHRASES = Map.of(
            301, "Moved Permanently", 302, "Found", 303, "See Other", 307, "Temporary Redirect",
            308, "Permanent Redirect");
    private static final Map<Integer, String> SPRING_NAMES = Map.of(
            301, "MOVED_PERMANENTLY", 302, "FOUND", 303, "SEE_OTHER", 307, "TEMPORARY_REDIRECT",
            308, "PERMANENT_REDIRECT");

    private Statuses() {}

    /** "303 See Other". */
    public static String describe(int status) {
        return status + " " + PHRASES.getOrDefault(status, "");
    }

    /** The constant name in Spring's {@code HttpStatus} and JAX-RS's {@code Response.Status}. */
    public static String enumName(int status) {
        return SPRING_NAMES.get(status);
    }
}
