package dev.redirectlint.engine;

import dev.redirectlint.java.FrameworkFacts;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The configuration files of a module, found from its directory as the Maven plugin's {@code check} finds them:
 * the XML below {@code src/main/resources} (Spring bean definitions, {@code struts.xml}), then the files the
 * framework homes name ({@link FrameworkFacts#allConfigFilePatterns()}, relative to the module's directory: Play's
 * {@code conf/routes}, Faces' views and faces-config files). Build output ({@code target}, {@code build},
 * {@code out}, {@code bin}), {@code node_modules} and hidden directories are not entered: they hold copies.
 * For a caller with no build model to ask, such as the Checkstyle module.
 */
public final class ConfigFiles {

    /** Directories below a module that hold build output or tools' files, never the module's own files. */
    private static final Set<String> SKIPPED = Set.of("target", "build", "out", "bin", "node_modules");

    private static final PathMatcher RESOURCES_XML = FrameworkFacts.configFileMatcher(List.of("src/main/resources/**/*.xml"));

    private ConfigFiles() {}

    /**
     * True for a directory of this name below a module that holds copies, not the module's own sources or
     * configuration: build output ({@code target}, {@code build}, {@code out}, {@code bin}), {@code node_modules},
     * and hidden directories. Every walk of a module without a build model skips them.
     */
    public static boolean holdsCopies(String directoryName) {
        return directoryName.startsWith(".") || SKIPPED.contains(directoryName);
    }

    /**
     * The configuration files of the modules in these directories, each once, as absolute, normalised paths: for
     * each module its resources' XML, then the other files the homes name, each part sorted.
     */
    public static List<Path> of(List<Path> moduleDirectories) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path module : moduleDirectories) {
            files.addAll(below(module));
        }
        return List.copyOf(files);
    }

    /** The configuration files of the module in {@code moduleDirectory}; none if it is not a directory. */
    public static List<Path> below(Path moduleDirectory) {
        Path module = moduleDirectory.toAbsolutePath().normalize();
        if (!Files.isDirectory(module)) {
            return List.of();
        }
        PathMatcher homes = FrameworkFacts.configFileMatcher(FrameworkFacts.allConfigFilePatterns());
        List<Path> resources = new ArrayList<>();
        List<Path> named = new ArrayList<>();
        try {
            Files.walkFileTree(module, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    String name = directory.getFileName() == null ? "" : directory.getFileName().toString();
                    boolean skipped = !directory.equals(module) && holdsCopies(name);
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        Path relative = module.relativize(file);
                        if (RESOURCES_XML.matches(relative)) {
                            resources.add(file);
                        } else if (homes.matches(relative)) {
                            named.add(file);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // an unreadable file configures nothing
                }
            });
        } catch (IOException e) {
            // walkFileTree reports failures to the visitor; nothing reaches here for a readable directory
        }
        resources.sort(null);
        named.sort(null);
        List<Path> files = new ArrayList<>(resources);
        files.addAll(named);
        return List.copyOf(files);
    }
}
