package dev.redirectlint.frameworks.jaxrs;

import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.java.StatusConstants;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JAX-RS / Jakarta REST, and RESTEasy Reactive (Quarkus), which serves JAX-RS resources: resource methods with
 * {@code @POST} and the like (or a designator of the project's own, meta-annotated {@code @HttpMethod}), request
 * filters ({@code ContainerRequestFilter.filter}), {@code Response.status(...)},
 * {@code throw new RedirectionException(status, uri)} and {@code RestResponse.ResponseBuilder.create(status)}.
 */
public final class JaxRsHome implements FrameworkHome {

    @Override
    public List<HandlerFramework> handlerFrameworks() {
        return List.of(new JaxRsHandlers(), new JaxRsFilterHandlers());
    }

    /** A resource method that a route registered in code also names is a JAX-RS handler, as it was in the core. */
    @Override
    public boolean claimsBeforeCodeRoutes() {
        return true;
    }

    @Override
    public List<RedirectDetector> redirectDetectors() {
        return List.of(new JaxRsRedirects(), new JaxRsRedirects.Exceptions(), new QuarkusRedirects());
    }

    @Override
    public List<Mechanism> mechanisms() {
        return List.of(JaxRsTypes.RESPONSE, JaxRsTypes.REDIRECTION_EXCEPTION, JaxRsTypes.QUARKUS_RESPONSE);
    }

    @Override
    public Set<String> apiTypes() {
        Set<String> types = new HashSet<>();
        for (Set<String> set : List.of(JaxRsTypes.RESPONSE_TYPE, JaxRsTypes.RESPONSE_STATUS,
                JaxRsTypes.REDIRECTION_EXCEPTION_TYPE, JaxRsTypes.HTTP_METHOD, JaxRsTypes.PATH,
                JaxRsTypes.CONTAINER_REQUEST_CONTEXT, JaxRsTypes.QUARKUS_REST_RESPONSE,
                JaxRsTypes.QUARKUS_RESPONSE_BUILDER)) {
            types.addAll(set);
        }
        for (String designator : JaxRsTypes.DESIGNATORS) {
            JaxRsTypes.PACKAGES.forEach(pkg -> types.add(pkg + designator));
        }
        return types;
    }

    /**
     * {@code Response.Status} ({@code jakarta}'s has {@code PERMANENT_REDIRECT} too) and RESTEasy Reactive's
     * {@code RestResponse.Status} enum and {@code RestResponse.StatusCode} ints, with Jakarta's names.
     */
    @Override
    public List<StatusConstants.Owner> statusConstants() {
        Map<String, Integer> javax = StatusConstants.codes(
                "MOVED_PERMANENTLY", 301, "FOUND", 302, "SEE_OTHER", 303, "NOT_MODIFIED", 304,
                "USE_PROXY", 305, "TEMPORARY_REDIRECT", 307, "OK", 200, "CREATED", 201, "ACCEPTED", 202,
                "NO_CONTENT", 204, "BAD_REQUEST", 400, "UNAUTHORIZED", 401, "FORBIDDEN", 403,
                "NOT_FOUND", 404, "CONFLICT", 409, "INTERNAL_SERVER_ERROR", 500);
        Map<String, Integer> jakarta = new LinkedHashMap<>(javax);
        jakarta.put("PERMANENT_REDIRECT", 308);
        return List.of(StatusConstants.Owner.of("javax.ws.rs.core.Response.Status", false, javax),
                StatusConstants.Owner.of("jakarta.ws.rs.core.Response.Status", false, jakarta),
                StatusConstants.Owner.of(JaxRsTypes.QUARKUS_STATUS, false, jakarta),
                StatusConstants.Owner.of(JaxRsTypes.QUARKUS_STATUS_CODE, true, jakarta));
    }

    /** {@code Response.Status.fromStatusCode(302)}. */
    @Override
    public Set<String> statusFactoryTypes() {
        return JaxRsTypes.RESPONSE_STATUS;
    }

    @Override
    public Words words() {
        List<String> annotations = new ArrayList<>(JaxRsTypes.DESIGNATORS);
        annotations.add("HttpMethod");
        List<String> markers = new ArrayList<>(annotations);
        markers.addAll(List.of("Path", "ContainerRequestFilter", "abortWith"));
        return new Words(List.of("RedirectionException", "seeOther", "temporaryRedirect", "FOUND",
                "MOVED_PERMANENTLY", "SEE_OTHER", "TEMPORARY_REDIRECT", "PERMANENT_REDIRECT"), markers, List.of(),
                List.of(), annotations, List.of("filter"));
    }

    /**
     * {@code ResponseBuilder.location(uri)}, and {@code Response.seeOther(uri)}, {@code temporaryRedirect(uri)}
     * and {@code created(uri)}, which write it (RESTEasy Reactive's {@code ResponseBuilder} has the same).
     */
    @Override
    public Set<String> locationCalls() {
        return Set.of("location", "seeOther", "temporaryRedirect", "created");
    }

    /** {@code ResponseBuilder.header(name, value)}, {@code getHeaders().putSingle(name, value)} and {@code add}. */
    @Override
    public Set<String> headerCalls() {
        return Set.of("header", "putSingle", "add");
    }
}
