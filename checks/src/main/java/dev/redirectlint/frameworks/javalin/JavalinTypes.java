package dev.redirectlint.frameworks.javalin;

import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Mechanism;
import java.util.Set;

/** Javalin: the application, {@code ApiBuilder}'s static routes, the route's {@code Context}, its statuses. */
final class JavalinTypes {

    static final Framework FRAMEWORK = new Framework("JAVALIN", "Javalin");
    static final Mechanism REDIRECT_MECHANISM = new Mechanism("JAVALIN_REDIRECT", "Javalin Context.redirect", false);
    static final Mechanism STATUS_MECHANISM = new Mechanism("JAVALIN_STATUS", "Javalin Context.status", true,
            "call ctx.header(\"Location\", url) as well, or use ctx.redirect(url, status)");

    static final Set<String> JAVALIN = Set.of("io.javalin.Javalin");
    static final Set<String> API_BUILDER = Set.of("io.javalin.apibuilder.ApiBuilder");
    /** Today's {@code Context}, and the older one in the root package. */
    static final Set<String> CONTEXT = Set.of("io.javalin.http.Context", "io.javalin.Context");
    /** The status enum Javalin 5 made {@code redirect} and {@code status} take. */
    static final String HTTP_STATUS = "io.javalin.http.HttpStatus";

    private JavalinTypes() {}
}
