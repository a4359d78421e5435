package dev.redirectlint.frameworks.play;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the routes of one Play routes file ({@code conf/routes}, {@code conf/admin.routes}), as Play's
 * {@code RoutesFileParser} does: a route is {@code VERB /path package.Controller.method(params)}, the verb one of
 * GET, POST, PUT, PATCH, HEAD, DELETE and OPTIONS; {@code #} starts a comment line, {@code +} a modifiers line
 * ({@code + nocsrf}), and {@code -> /prefix sub.Routes} includes another routes file, which is read on its own.
 * A line that is none of these is skipped (Play would refuse to compile it).
 */
final class PlayRoutesFile {

    private static final Set<String> VERBS = Set.of("GET", "POST", "PUT", "PATCH", "HEAD", "DELETE", "OPTIONS");

    /** One route: its verb and the action it calls. */
    record Route(String verb, String controller, String method) {}

    private PlayRoutesFile() {}

    static List<Route> routes(String text) {
        List<Route> routes = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            parse(line.strip()).ifPresent(routes::add);
        }
        return routes;
    }

    private static Optional<Route> parse(String line) {
        String[] parts = line.split("[ \t]+", 3);
        if (parts.length < 3 || !VERBS.contains(parts[0]) || !parts[1].startsWith("/")) {
            return Optional.empty(); // blank, comment, modifiers, include, or not a route
        }
        String call = parts[2];
        if (call.startsWith("@")) {
            call = call.substring(1); // an action on an instance the injector makes: still that class's method
        }
        int end = 0;
        while (end < call.length() && (Character.isJavaIdentifierPart(call.charAt(end)) || call.charAt(end) == '.')) {
            end++;
        }
        String action = call.substring(0, end);
        int dot = action.lastIndexOf('.');
        if (dot <= 0 || dot == action.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new Route(parts[0], action.substring(0, dot), action.substring(dot + 1)));
    }
}
