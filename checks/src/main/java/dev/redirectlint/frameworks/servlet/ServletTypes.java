package dev.redirectlint.frameworks.servlet;

import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Mechanism;
import java.util.Map;
import java.util.Set;

/**
 * The Servlet API ({@code javax.servlet}, {@code jakarta.servlet}): its type names, the {@code Framework}s and
 * the mechanisms it reports. The names and message keys ({@code location.SET_STATUS}) are those they had in the
 * core, so reports, baselines and fingerprints do not change. The request and response types that servlets and
 * filters take as parameters stay in the core ({@code KnownTypes.HTTP_SERVLET_REQUEST},
 * {@code KnownTypes.SERVLET_RESPONSE_PARAMETER}): Spring MVC's interceptors and Spring Security's handlers take
 * them too.
 */
final class ServletTypes {

    static final Framework FRAMEWORK = new Framework("SERVLET", "Servlet");
    static final Framework FILTER_FRAMEWORK = new Framework("SERVLET_FILTER", "Servlet filter");

    static final Mechanism SEND_REDIRECT = new Mechanism("SEND_REDIRECT", "HttpServletResponse.sendRedirect", false);
    static final Mechanism SET_STATUS = new Mechanism("SET_STATUS", "HttpServletResponse.setStatus", true);

    static final Set<String> HTTP_SERVLET = Set.of("javax.servlet.http.HttpServlet", "jakarta.servlet.http.HttpServlet");
    /** The types a receiver of {@code sendRedirect} and {@code setStatus} may be declared as. */
    static final Set<String> HTTP_SERVLET_RESPONSE =
            Set.of("javax.servlet.http.HttpServletResponse", "jakarta.servlet.http.HttpServletResponse",
                    "javax.servlet.http.HttpServletResponseWrapper",
                    "jakarta.servlet.http.HttpServletResponseWrapper");
    static final Set<String> FILTER_CHAIN = Set.of("javax.servlet.FilterChain", "jakarta.servlet.FilterChain");

    /** The packages of {@code HttpServletResponse}, {@code javax} and {@code jakarta}. */
    static final String[] HTTP_PACKAGES = {"javax.servlet.http.", "jakarta.servlet.http."};

    /** The {@code SC_} constants a fix writes, for each status; 308 has none before Servlet 6.1. */
    private static final Map<Integer, String> CONSTANT_NAMES = Map.of(
            301, "SC_MOVED_PERMANENTLY", 302, "SC_FOUND", 303, "SC_SEE_OTHER", 307, "SC_TEMPORARY_REDIRECT");

    private ServletTypes() {}

    /** The servlet {@code SC_} constant, or the literal where the Servlet API lacks one (308 before 6.1). */
    static String constant(int status) {
        String name = CONSTANT_NAMES.get(status);
        return name == null ? String.valueOf(status) : "HttpServletResponse." + name;
    }
}
