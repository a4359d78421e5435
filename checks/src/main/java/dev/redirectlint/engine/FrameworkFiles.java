package dev.redirectlint.engine;

import dev.redirectlint.java.FrameworkFacts;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The homes' own files outside Java (Facelets views, route files): the patterns a build tool collects them by,
 * and what each home reads from those among a run's configuration files.
 */
public final class FrameworkFiles {

    private FrameworkFiles() {}

    /** Every installed home's patterns, relative to a module's base directory, each once. */
    public static List<String> patterns() {
        Set<String> patterns = new LinkedHashSet<>();
        FrameworkFacts.installed().forEach(home -> patterns.addAll(home.frameworkFiles()));
        return List.copyOf(patterns);
    }

    /** What each home read from its files among {@code files}; homes with no file, or nothing read, give nothing. */
    static List<Object> read(List<Path> files) {
        List<Object> read = new ArrayList<>();
        for (FrameworkFacts home : FrameworkFacts.installed()) {
            List<Path> own = matching(home.frameworkFiles(), files);
            if (!own.isEmpty()) {
                Optional<Object> facts = home.readFrameworkFiles(own);
                facts.ifPresent(read::add);
            }
        }
        return read;
    }

    /** The files whose path ends with a match of one of the patterns (the base directory is not known here). */
    public static List<Path> matching(List<String> patterns, List<Path> files) {
        if (patterns.isEmpty()) {
            return List.of();
        }
        List<PathMatcher> matchers = patterns.stream().map(FrameworkFiles::matcher).toList();
        return files.stream().filter(file -> matchers.stream().anyMatch(m -> m.matches(file))).toList();
    }

    /**
     * A Maven pattern as a glob on the whole path: anything before it, and its {@code /**}{@code /} also matching
     * no directory at all, as Maven's does.
     */
    private static PathMatcher matcher(String pattern) {
        String glob = pattern.replace("/**/", "{/,/**/}");
        PathMatcher anywhere = FileSystems.getDefault().getPathMatcher("glob:**/" + glob);
        PathMatcher relative = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        return path -> anywhere.matches(path) || relative.matches(path);
    }
}
