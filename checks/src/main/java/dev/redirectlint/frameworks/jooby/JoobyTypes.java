package dev.redirectlint.frameworks.jooby;

import java.util.Set;

/** Jooby 2 to 4: the application (a {@code Router}), the route's {@code Context}, its status codes. */
final class JoobyTypes {

    static final Set<String> ROUTER = Set.of("io.jooby.Jooby", "io.jooby.Router");
    static final Set<String> CONTEXT = Set.of("io.jooby.Context");
    static final String STATUS_CODE = "io.jooby.StatusCode";

    private JoobyTypes() {}
}
