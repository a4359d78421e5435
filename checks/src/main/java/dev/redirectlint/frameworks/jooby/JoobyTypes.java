package dev.redirectlint.frameworks.jooby;

import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Mechanism;
import java.util.Set;

/** Jooby 2 to 4: the application (a {@code Router}), the route's {@code Context}, its status codes. */
final class JoobyTypes {

    static final Framework FRAMEWORK = new Framework("JOOBY", "Jooby");
    /**
     * The JAX-RS home's framework, whose annotations Jooby MVC also reads: a copy of its value (a record, compared
     * with {@code equals}), since homes do not depend on each other.
     */
    static final Framework JAX_RS = new Framework("JAX_RS", "JAX-RS");
    static final Mechanism REDIRECT_MECHANISM = new Mechanism("JOOBY_REDIRECT", "Jooby Context.sendRedirect", false);
    static final Mechanism STATUS_MECHANISM = new Mechanism("JOOBY_STATUS", "Jooby Context.setResponseCode", true,
            "call ctx.setResponseHeader(\"Location\", url) as well, or use ctx.sendRedirect(status, url)");

    static final Set<String> ROUTER = Set.of("io.jooby.Jooby", "io.jooby.Router");
    static final Set<String> CONTEXT = Set.of("io.jooby.Context");
    static final String STATUS_CODE = "io.jooby.StatusCode";

    private JoobyTypes() {}
}
