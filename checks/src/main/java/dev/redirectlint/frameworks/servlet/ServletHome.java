package dev.redirectlint.frameworks.servlet;

import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.java.StatusConstants;
import dev.redirectlint.model.LibraryVersions;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Servlet API (javax and jakarta): {@code HttpServlet} subclasses ({@code doPost} and the like, an
 * overridden {@code service}), filters ({@code doFilter}, Spring's {@code doFilterInternal}), and
 * {@code HttpServletResponse.sendRedirect} and {@code setStatus}, which count in any kind of handler that holds
 * a servlet response (Spring MVC controllers and interceptors, Struts actions).
 */
public final class ServletHome implements FrameworkHome {

    /** The jakarta Servlet API, whose 6.1 added {@code sendRedirect(location, status)}. */
    static final String SERVLET_API = "jakarta.servlet:jakarta.servlet-api";

    /**
     * True if the code compiles against jakarta.servlet-api 6.1 or later, whose {@code sendRedirect(location,
     * status)} lets a fix keep {@code sendRedirect} and pass the status; false when the version is unknown, so
     * that fixes work on every Servlet version.
     */
    static boolean redirectWithStatus(LibraryVersions libraries) {
        return libraries.known(SERVLET_API) && libraries.atLeast(SERVLET_API, 6, 1);
    }

    /** Its fixes pass the status to {@code sendRedirect} from Servlet 6.1 on ({@link #redirectWithStatus}). */
    @Override
    public Set<String> libraries() {
        return Set.of(SERVLET_API);
    }

    @Override
    public List<HandlerFramework> handlerFrameworks() {
        return List.of(new ServletHandlers(), new ServletFilterHandlers());
    }

    /** A servlet's {@code doPost} that a route registered in code also names is a servlet's, as it was in the core. */
    @Override
    public boolean claimsBeforeCodeRoutes() {
        return true;
    }

    @Override
    public List<RedirectDetector> redirectDetectors() {
        return List.of(new ServletRedirects());
    }

    @Override
    public List<Mechanism> mechanisms() {
        return List.of(ServletTypes.SEND_REDIRECT, ServletTypes.SET_STATUS);
    }

    @Override
    public Set<String> apiTypes() {
        Set<String> types = new HashSet<>(ServletTypes.HTTP_SERVLET);
        types.addAll(ServletTypes.HTTP_SERVLET_RESPONSE);
        types.addAll(ServletTypes.FILTER_CHAIN);
        return types;
    }

    /**
     * {@code HttpServletResponse}'s and its wrapper's {@code SC_} constants; {@code SC_PERMANENT_REDIRECT} exists
     * only in jakarta's, from Servlet 6.1, so fixes write the literal 308 instead.
     */
    @Override
    public List<StatusConstants.Owner> statusConstants() {
        Map<String, Integer> servlet = StatusConstants.codes(
                "SC_MULTIPLE_CHOICES", 300, "SC_MOVED_PERMANENTLY", 301, "SC_MOVED_TEMPORARILY", 302,
                "SC_FOUND", 302, "SC_SEE_OTHER", 303, "SC_NOT_MODIFIED", 304, "SC_USE_PROXY", 305,
                "SC_TEMPORARY_REDIRECT", 307, "SC_OK", 200, "SC_CREATED", 201, "SC_ACCEPTED", 202,
                "SC_NO_CONTENT", 204, "SC_BAD_REQUEST", 400, "SC_UNAUTHORIZED", 401, "SC_FORBIDDEN", 403,
                "SC_NOT_FOUND", 404, "SC_INTERNAL_SERVER_ERROR", 500);
        Map<Integer, String> names = StatusConstants.names(servlet);
        List<StatusConstants.Owner> owners = new ArrayList<>();
        for (String pkg : ServletTypes.HTTP_PACKAGES) {
            Map<String, Integer> members = new LinkedHashMap<>(servlet);
            if (pkg.startsWith("jakarta")) {
                members.put("SC_PERMANENT_REDIRECT", 308);
            }
            owners.add(new StatusConstants.Owner(pkg + "HttpServletResponse", true, members, names));
            owners.add(new StatusConstants.Owner(pkg + "HttpServletResponseWrapper", true, members, names));
        }
        return owners;
    }

    /**
     * The redirect call and the {@code SC_} names (Apache HttpComponents' {@code HttpStatus}, in the core, shares
     * most of them, and Jooby's {@code Context} the call, so the core lists those too), the servlet and filter
     * types, and the methods the container calls by their names.
     */
    @Override
    public Words words() {
        List<String> triggers = List.of("sendRedirect", "SC_FOUND", "SC_MOVED_TEMPORARILY", "SC_MOVED_PERMANENTLY",
                "SC_SEE_OTHER", "SC_TEMPORARY_REDIRECT", "SC_PERMANENT_REDIRECT");
        List<String> markers = List.of("HttpServlet", "HttpServletRequest", "ServletRequest", "doFilter",
                "doFilterInternal", "FilterChain");
        // servlets written inline, as embedded servers do: new HttpServlet() { ... }
        List<String> routing = List.of("HttpServlet");
        List<String> entryNames = List.of("doGet", "doHead", "doPost", "doPut", "doPatch", "doDelete", "doOptions",
                "doTrace", "service", "doFilter", "doFilterInternal");
        return new Words(triggers, markers, routing, List.of(), List.of(), entryNames);
    }

    /**
     * {@code sendRedirect(url)}, which writes the header (the core lists it too, for Jooby's), and
     * {@code encodeRedirectURL}, whose result a Location is made of (the core's, for Faces' too).
     */
    @Override
    public Set<String> locationCalls() {
        return Set.of("sendRedirect", "encodeRedirectURL");
    }

    /** {@code response.setHeader("Location", url)} and {@code addHeader}. */
    @Override
    public Set<String> headerCalls() {
        return Set.of("setHeader", "addHeader");
    }
}
