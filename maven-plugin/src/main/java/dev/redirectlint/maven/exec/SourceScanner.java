package dev.redirectlint.maven.exec;

import dev.redirectlint.engine.FileStamp;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.codehaus.plexus.util.AbstractScanner;
import org.codehaus.plexus.util.MatchPatterns;

/**
 * Finds the {@code .java} files under source roots with Ant-style patterns ({@code *}, {@code ?},
 * {@code **}; a leading {@code **}{@code /} also matches no directory at all), relative to each root, matched
 * as plexus-utils' {@code DirectoryScanner} matches them (its {@link MatchPatterns}, its default excludes of
 * version-control folders such as {@code .git}). The walk itself is NIO's: it reads each file's size and
 * modification time along the way, which the engine then does not ask for again, and it detects directory
 * links that loop.
 */
public final class SourceScanner {

    /**
     * The files found, and each one's size and modification time as the walk saw them.
     *
     * @param excluded the files the includes selected and the excludes then removed: what tells an exclude
     *     pattern that matches nothing
     */
    public record Listing(List<Path> files, Map<Path, FileStamp> stamps, List<Path> excluded) {}

    private SourceScanner() {}

    /**
     * The matching files as absolute, normalised paths: roots in the order given, files of a root sorted,
     * each file once even if roots nest or links lead to one directory twice.
     */
    public static List<Path> scan(List<Path> roots, List<String> includes, List<String> excludes) {
        return list(roots, includes, excludes).files();
    }

    /** Like {@link #scan}, with each file's size and modification time. */
    public static Listing list(List<Path> roots, List<String> includes, List<String> excludes) {
        // The default "**/*.java" needs no matching (the walk keeps .java files), nor do no excludes: on a large
        // tree, matching every path costs as much as the walk.
        MatchPatterns included = includes.equals(List.of(EVERY_JAVA_FILE)) ? null : patterns(includes);
        MatchPatterns excluded = excludes.isEmpty() ? null : patterns(excludes);
        Map<Path, FileStamp> stamps = new LinkedHashMap<>();
        List<Path> excludedFiles = new ArrayList<>();
        Set<Object> realDirectories = new HashSet<>();
        List<Path> realRoots = roots.stream().map(root -> realPath(root.toAbsolutePath().normalize()))
                .filter(java.util.Objects::nonNull).toList();
        for (Path root : roots) {
            Path absoluteRoot = root.toAbsolutePath().normalize();
            if (!Files.isDirectory(absoluteRoot)) {
                continue;
            }
            Map<Path, FileStamp> found = new HashMap<>();
            walk(absoluteRoot, included, excluded, realDirectories, realRoots, found, excludedFiles);
            found.keySet().stream().sorted().forEach(file -> stamps.putIfAbsent(file, found.get(file)));
        }
        return new Listing(List.copyOf(stamps.keySet()), stamps, List.copyOf(excludedFiles));
    }

    /**
     * The files below {@code root} that match one of the patterns, whatever their names end with (the source walk
     * keeps {@code .java} files only): configuration files such as {@code conf/routes}, sorted. Directories no
     * pattern can match below are not entered, so {@code conf/routes} reads one directory.
     */
    public static List<Path> configFiles(Path root, List<String> patterns) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        if (patterns.isEmpty() || !Files.isDirectory(absoluteRoot)) {
            return List.of();
        }
        MatchPatterns included = patterns(patterns);
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(absoluteRoot, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    return directory.equals(absoluteRoot)
                            || included.matchesPatternStart(relative(absoluteRoot, directory), true)
                            ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && included.matches(relative(absoluteRoot, file), true)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // an unreadable file configures nothing
                }
            });
        } catch (IOException e) {
            // walkFileTree reports failures to the visitor; nothing reaches here for a readable root
        }
        found.sort(null);
        return List.copyOf(found);
    }

    /**
     * The default excludes ({@link AbstractScanner#DEFAULTEXCLUDES}, all {@code **}{@code /NAME} or
     * {@code **}{@code /NAME/**}), by name: the directories not to enter, and the file names not to take.
     */
    private static final Set<String> EXCLUDED_DIRECTORIES = new HashSet<>();
    private static final PathMatcher EXCLUDED_NAMES;
    private static final String EVERY_JAVA_FILE = "**/*.java";

    static {
        List<String> names = new ArrayList<>();
        for (String pattern : AbstractScanner.DEFAULTEXCLUDES) {
            String name = pattern.substring("**/".length());
            if (name.endsWith("/**")) {
                EXCLUDED_DIRECTORIES.add(name.substring(0, name.length() - "/**".length()));
            } else {
                names.add(name);
            }
        }
        // Compiled once, as one glob of alternatives: matching plexus patterns (or one glob per name) against
        // every file name cost more than the walk.
        EXCLUDED_NAMES = FileSystems.getDefault().getPathMatcher("glob:{" + String.join(",", names) + "}");
    }

    private static void walk(Path root, MatchPatterns included, MatchPatterns excluded, Set<Object> realDirectories,
            List<Path> realRoots, Map<Path, FileStamp> found, List<Path> excludedFiles) {
        Path realRoot = realPath(root);
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                            if (!directory.equals(root) && EXCLUDED_DIRECTORIES.contains(name(directory))) {
                                return FileVisitResult.SKIP_SUBTREE; // .git, .svn and the like
                            }
                            if (included != null && !directory.equals(root)
                                    && !included.matchesPatternStart(relative(root, directory), true)) {
                                return FileVisitResult.SKIP_SUBTREE; // no include pattern can match below it
                            }
                            if (isAlias(directory)) {
                                return FileVisitResult.SKIP_SUBTREE; // walked, or to be walked, under its real path
                            }
                            // A directory reached twice (nested roots, two links to it) is walked once; the
                            // file system's key for it (device and inode) tells, else its real path.
                            Object key = attributes.fileKey() != null ? attributes.fileKey() : realPath(directory);
                            return realDirectories.add(key) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                        }

                        /**
                         * True for a directory reached through a link whose target lies under one of the roots: its
                         * files are reported at their real paths, not at the alias (a docs folder linking to samples).
                         */
                        private boolean isAlias(Path directory) {
                            if (directory.equals(root) || realRoot == null || !Files.isSymbolicLink(directory)) {
                                return false;
                            }
                            Path real = realPath(directory);
                            return real != null && realRoots.stream().anyMatch(real::startsWith)
                                    && !real.equals(realRoot.resolve(root.relativize(directory).toString()));
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            String name = name(file);
                            if (!name.endsWith(".java") || !attributes.isRegularFile() || excludedName(file.getFileName())) {
                                return FileVisitResult.CONTINUE;
                            }
                            String relative = included == null && excluded == null ? null : relative(root, file);
                            if (included != null && !included.matches(relative, true)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (excluded != null && excluded.matches(relative, true)) {
                                excludedFiles.add(file);
                            } else {
                                found.put(file, new FileStamp(attributes.size(),
                                        attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!(e instanceof FileSystemLoopException) && file.toString().endsWith(".java")) {
                                found.put(file.normalize(), new FileStamp(-1, -1)); // the engine says why
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            // walkFileTree reports failures to the visitor; nothing reaches here for a readable root
        }
    }

    private static boolean excludedName(Path name) {
        return EXCLUDED_NAMES.matches(name);
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString();
    }

    /**
     * The patterns that match none of {@code files}: a typo ({@code **}{@code /*.jav}) or a directory that
     * moved, which would otherwise pass silently as a check of nothing (an include) or of too much (an exclude).
     */
    public static List<String> unmatched(List<Path> roots, List<String> includes, List<Path> files) {
        List<Path> absoluteRoots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        List<String> unmatched = new ArrayList<>();
        for (String include : includes) {
            MatchPatterns pattern = patterns(List.of(include));
            // Stops at the first file it matches: with the default **/*.java, the first file of all.
            boolean matches = files.stream().anyMatch(file -> {
                Path absolute = file.toAbsolutePath().normalize();
                return absoluteRoots.stream().filter(absolute::startsWith)
                        .anyMatch(root -> pattern.matches(relative(root, absolute), true));
            });
            if (!matches) {
                unmatched.add(include);
            }
        }
        return unmatched;
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString();
    }

    /** Ant-style patterns as DirectoryScanner takes them: either separator, and a trailing one means "**". */
    private static MatchPatterns patterns(List<String> patterns) {
        List<String> normalised = new ArrayList<>();
        for (String pattern : patterns) {
            String p = pattern.trim().replace('/', File.separatorChar).replace('\\', File.separatorChar);
            normalised.add(p.endsWith(File.separator) ? p + "**" : p);
        }
        return MatchPatterns.from(normalised);
    }

    private static Path realPath(Path directory) {
        try {
            return directory.toRealPath();
        } catch (IOException | RuntimeException e) {
            return directory;
        }
    }
}
