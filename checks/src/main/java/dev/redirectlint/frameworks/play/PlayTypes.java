package dev.redirectlint.frameworks.play;

import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Mechanism;
import java.util.Set;

/** Play Framework for Java (2.x, 3.x): {@code play.mvc.Results}, its controllers and its Java routing DSL. */
final class PlayTypes {

    static final Framework FRAMEWORK = new Framework("PLAY", "Play");
    static final Mechanism FOUND = new Mechanism("PLAY_FOUND", "Play Results.found", false);
    static final Mechanism MOVED_PERMANENTLY = new Mechanism(
            "PLAY_MOVED_PERMANENTLY", "Play Results.movedPermanently", false);
    /** {@code status(302)} builds a result with no Location unless {@code withHeader} adds one. */
    static final Mechanism STATUS = new Mechanism("PLAY_STATUS", "Play Results.status", true,
            "add .withHeader(Http.HeaderNames.LOCATION, url), or use redirect(url), which sets both");

    /** Where {@code found}, {@code status} and the like are declared: a {@code Controller} inherits them. */
    static final Set<String> RESULTS = Set.of("play.mvc.Results", "play.mvc.Controller");
    /** Implements {@code Http.Status}: its subclasses use {@code FOUND} unqualified. */
    static final Set<String> CONTROLLER = Set.of("play.mvc.Controller");
    static final Set<String> ROUTING_DSL = Set.of("play.routing.RoutingDsl");
    static final Set<String> REQUEST = Set.of("play.mvc.Http.Request");
    static final String STATUS_CONSTANTS = "play.mvc.Http.Status";
    static final Set<String> OTHER_TYPES = Set.of("play.mvc.Result", "play.mvc.Call", "play.mvc.Http",
            "play.mvc.Http.HeaderNames", STATUS_CONSTANTS);

    private PlayTypes() {}
}
