package dev.redirectlint.frameworks.play;

import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.java.ConfigFacts;
import dev.redirectlint.java.StatusConstants;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.redirects.RedirectDetector;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Play Framework for Java: actions the routes files name, routing DSL routes, and {@code Results}' redirects. */
public final class PlayHome implements FrameworkHome {

    @Override
    public List<HandlerFramework> handlerFrameworks() {
        return List.of(new PlayControllerHandlers(), new PlayRoutingDslHandlers());
    }

    @Override
    public List<RedirectDetector> redirectDetectors() {
        return List.of(new PlayRedirects());
    }

    @Override
    public List<Mechanism> mechanisms() {
        return List.of(PlayTypes.FOUND, PlayTypes.MOVED_PERMANENTLY, PlayTypes.STATUS);
    }

    @Override
    public Set<String> apiTypes() {
        Set<String> types = new HashSet<>(PlayTypes.RESULTS);
        types.addAll(PlayTypes.ROUTING_DSL);
        types.addAll(PlayTypes.REQUEST);
        types.addAll(PlayTypes.OTHER_TYPES);
        return types;
    }

    /** {@code play.mvc.Http.Status}, which every {@code Controller} implements. */
    @Override
    public List<StatusConstants.Owner> statusConstants() {
        return List.of(StatusConstants.Owner.of(PlayTypes.STATUS_CONSTANTS, true, StatusConstants.codes(
                "MOVED_PERMANENTLY", 301, "FOUND", 302, "SEE_OTHER", 303, "NOT_MODIFIED", 304,
                "TEMPORARY_REDIRECT", 307, "PERMANENT_REDIRECT", 308, "OK", 200, "CREATED", 201, "NO_CONTENT", 204,
                "BAD_REQUEST", 400, "UNAUTHORIZED", 401, "FORBIDDEN", 403, "NOT_FOUND", 404,
                "INTERNAL_SERVER_ERROR", 500)));
    }

    @Override
    public List<String> configFilePatterns() {
        return PlayRoutesReader.PATTERNS;
    }

    @Override
    public Optional<ConfigFacts> configFacts(List<Path> configFiles) {
        return PlayRoutesReader.read(configFiles).map(ConfigFacts.class::cast);
    }

    /**
     * {@code found} is Play's only trigger the core lacks; any member of a file that mentions {@code play} may be
     * an action a routes file names.
     */
    @Override
    public Words words() {
        return new Words(List.of("found"), List.of("play"), List.of("play"));
    }

    /** {@code Result.withHeader(name, value)} and {@code withHeaders(name, value, ...)} set a header on a result. */
    @Override
    public Set<String> headerCalls() {
        return Set.of("withHeader", "withHeaders");
    }
}
