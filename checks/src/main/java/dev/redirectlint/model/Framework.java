package dev.redirectlint.model;

/** The web frameworks whose handlers redirect-lint recognises. */
public enum Framework {
    SPRING_MVC("Spring MVC"),
    SERVLET("Servlet"),
    JAX_RS("JAX-RS"),
    SERVLET_FILTER("Servlet filter"),
    SPRING_INTERCEPTOR("Spring MVC interceptor"),
    JAX_RS_FILTER("JAX-RS request filter"),
    MICRONAUT("Micronaut"),
    JAVALIN("Javalin"),
    SPARK("Spark"),
    VERTX("Vert.x Web"),
    HELIDON("Helidon SE"),
    JOOBY("Jooby"),
    RATPACK("Ratpack"),
    SPRING_FUNCTIONAL("Spring functional endpoints"),
    SPRING_SECURITY("Spring Security handler");

    private final String displayName;

    Framework(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
