package dev.redirectlint.frameworks.helidon;

import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Mechanism;
import java.util.Set;

/** Helidon SE 4 ({@code io.helidon.webserver.http}) and 2/3 ({@code io.helidon.webserver}) routing types. */
final class HelidonTypes {

    static final Framework FRAMEWORK = new Framework("HELIDON", "Helidon SE");
    /** Helidon has no redirect call: a redirect is a status and a Location header. */
    static final Mechanism STATUS_MECHANISM = new Mechanism("HELIDON_STATUS", "Helidon ServerResponse.status", true,
            "call res.header(HeaderNames.LOCATION, url) as well");

    static final Set<String> RULES = Set.of(
            "io.helidon.webserver.http.HttpRules", "io.helidon.webserver.http.HttpRouting.Builder",
            "io.helidon.webserver.Routing.Rules", "io.helidon.webserver.Routing.Builder");
    static final Set<String> ROUTING = Set.of("io.helidon.webserver.http.HttpRouting", "io.helidon.webserver.Routing");
    static final Set<String> REQUEST = Set.of("io.helidon.webserver.http.ServerRequest", "io.helidon.webserver.ServerRequest");
    static final Set<String> RESPONSE = Set.of("io.helidon.webserver.http.ServerResponse", "io.helidon.webserver.ServerResponse");
    /** Helidon 4's status constants, and 2's and 3's. */
    static final String STATUS = "io.helidon.http.Status";
    static final String OLD_STATUS = "io.helidon.common.http.Http.Status";

    private HelidonTypes() {}
}
