package dev.redirectlint.frameworks.play;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** The routes of all of a project's routes files, from the configuration files the build collected. */
final class PlayRoutesReader {

    /** Where sbt, Gradle's Play plugin and play2-maven-plugin keep them. */
    static final List<String> PATTERNS = List.of("conf/routes", "conf/*.routes");

    private PlayRoutesReader() {}

    /** The routes of those files that are routes files; empty if none is. */
    static Optional<PlayRoutes> read(List<Path> configFiles) {
        SortedMap<String, Set<String>> verbs = new TreeMap<>();
        boolean any = false;
        for (Path file : configFiles) {
            if (!isRoutesFile(file)) {
                continue;
            }
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                any = true;
                for (PlayRoutesFile.Route route : PlayRoutesFile.routes(text)) {
                    verbs.computeIfAbsent(route.controller() + "#" + route.method(), k -> new TreeSet<>()).add(route.verb());
                }
            } catch (IOException | RuntimeException e) {
                // An unreadable routes file routes nothing that can be seen: its actions are not handlers.
            }
        }
        return any ? Optional.of(new PlayRoutes(verbs)) : Optional.empty();
    }

    private static boolean isRoutesFile(Path file) {
        Path name = file.getFileName();
        return name != null && (name.toString().equals("routes") || name.toString().endsWith(".routes"));
    }
}
