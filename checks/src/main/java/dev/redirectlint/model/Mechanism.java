package dev.redirectlint.model;

/** The API construct that sets a handler's redirect status. */
public enum Mechanism {
    VIEW_NAME("a \"redirect:\" view name", false),
    MODEL_AND_VIEW("a ModelAndView with a \"redirect:\" view", false),
    REDIRECT_VIEW("a RedirectView", false),
    RESPONSE_STATUS("@ResponseStatus", true),
    RESPONSE_ENTITY("a ResponseEntity status", true),
    SEND_REDIRECT("HttpServletResponse.sendRedirect", false),
    SET_STATUS("HttpServletResponse.setStatus", true),
    JAXRS_RESPONSE("a JAX-RS Response status", true),
    REDIRECTION_EXCEPTION("a JAX-RS RedirectionException", false),
    MICRONAUT_REDIRECT("Micronaut HttpResponse.redirect", false),
    MICRONAUT_RESPONSE("a Micronaut HttpResponse status", true),
    MICRONAUT_STATUS_ANNOTATION("Micronaut @Status", true),
    JAVALIN_REDIRECT("Javalin Context.redirect", false),
    JAVALIN_STATUS("Javalin Context.status", true),
    SPARK_REDIRECT("Spark Response.redirect", false),
    SPARK_STATUS("Spark Response.status", true),
    VERTX_REDIRECT("Vert.x RoutingContext.redirect", false),
    VERTX_STATUS("Vert.x HttpServerResponse.setStatusCode", true),
    HELIDON_STATUS("Helidon ServerResponse.status", true),
    JOOBY_REDIRECT("Jooby Context.sendRedirect", false),
    JOOBY_STATUS("Jooby Context.setResponseCode", true),
    RATPACK_REDIRECT("Ratpack Context.redirect", false),
    QUARKUS_RESPONSE("a RESTEasy Reactive RestResponse status", true),
    SERVER_RESPONSE("a Spring ServerResponse status", true);

    private final String description;
    private final boolean statusOnly;

    Mechanism(String description, boolean statusOnly) {
        this.description = description;
        this.statusOnly = statusOnly;
    }

    /** For messages: "a \"redirect:\" view name". */
    public String description() {
        return description;
    }

    /** True when the mechanism sets only the status, so the code must set the Location header itself. */
    public boolean setsStatusOnly() {
        return statusOnly;
    }
}
