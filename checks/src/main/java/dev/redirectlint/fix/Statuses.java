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
    private static final Map<Integer, String> SERVLET_NAMES = Map.of(
            301, "SC_MOVED_PERMANENTLY", 302, "SC_FOUND", 303, "SC_SEE_OTHER", 307, "SC_TEMPORARY_REDIRECT");

    private Statuses() {}

    /** "303 See Other". */
    public static String describe(int status) {
        return status + " " + PHRASES.getOrDefault(status, "");
    }

    /** The constant name in Spring's {@code HttpStatus} and JAX-RS's {@code Response.Status}. */
    public static String enumName(int status) {
        return SPRING_NAMES.get(status);
    }

    /** The servlet {@code SC_} constant, or the literal where the Servlet API lacks one (308 before 6.1). */
    public static String servletConstant(int status) {
        String name = SERVLET_NAMES.get(status);
        return name == null ? String.valueOf(status) : "HttpServletResponse." + name;
    }
}
