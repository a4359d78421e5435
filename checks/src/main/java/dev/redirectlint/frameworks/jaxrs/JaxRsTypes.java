package dev.redirectlint.frameworks.jaxrs;

import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Mechanism;
import java.util.List;
import java.util.Set;

/**
 * JAX-RS / Jakarta REST ({@code javax.ws.rs}, {@code jakarta.ws.rs}) and RESTEasy Reactive's (Quarkus)
 * {@code RestResponse}: their type names, the {@code Framework}s and the mechanisms they report. The names and
 * message keys ({@code location.JAXRS_RESPONSE}, {@code location.QUARKUS_RESPONSE}) are those they had in the
 * core, so reports, baselines and fingerprints do not change.
 */
final class JaxRsTypes {

    static final Framework FRAMEWORK = new Framework("JAX_RS", "JAX-RS");
    static final Framework FILTER_FRAMEWORK = new Framework("JAX_RS_FILTER", "JAX-RS request filter");

    static final Mechanism RESPONSE = new Mechanism("JAXRS_RESPONSE", "a JAX-RS Response status", true);
    static final Mechanism REDIRECTION_EXCEPTION = new Mechanism(
            "REDIRECTION_EXCEPTION", "a JAX-RS RedirectionException", false);
    static final Mechanism QUARKUS_RESPONSE = new Mechanism(
            "QUARKUS_RESPONSE", "a RESTEasy Reactive RestResponse status", true);

    static final Set<String> CONTAINER_REQUEST_CONTEXT = Set.of(
            "javax.ws.rs.container.ContainerRequestContext", "jakarta.ws.rs.container.ContainerRequestContext");
    static final Set<String> RESPONSE_TYPE = Set.of("javax.ws.rs.core.Response", "jakarta.ws.rs.core.Response");
    static final Set<String> RESPONSE_STATUS =
            Set.of("javax.ws.rs.core.Response.Status", "jakarta.ws.rs.core.Response.Status");
    static final Set<String> REDIRECTION_EXCEPTION_TYPE =
            Set.of("javax.ws.rs.RedirectionException", "jakarta.ws.rs.RedirectionException");
    static final Set<String> HTTP_METHOD = Set.of("javax.ws.rs.HttpMethod", "jakarta.ws.rs.HttpMethod");
    static final Set<String> PATH = Set.of("javax.ws.rs.Path", "jakarta.ws.rs.Path");

    static final Set<String> QUARKUS_REST_RESPONSE = Set.of("org.jboss.resteasy.reactive.RestResponse");
    static final Set<String> QUARKUS_RESPONSE_BUILDER =
            Set.of("org.jboss.resteasy.reactive.RestResponse.ResponseBuilder");
    /** RESTEasy Reactive's status enum, like JAX-RS's, and the same names as {@code int} constants. */
    static final String QUARKUS_STATUS = "org.jboss.resteasy.reactive.RestResponse.Status";
    static final String QUARKUS_STATUS_CODE = "org.jboss.resteasy.reactive.RestResponse.StatusCode";

    /** The packages of the API, {@code javax} and {@code jakarta}. */
    static final List<String> PACKAGES = List.of("javax.ws.rs.", "jakarta.ws.rs.");

    /** JAX-RS request method designators, annotations of {@link #PACKAGES} named like the method they map. */
    static final List<String> DESIGNATORS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    private JaxRsTypes() {}
}
