package dev.redirectlint.lsp;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import dev.redirectlint.java.FrameworkFacts;
import java.nio.file.PathMatcher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import dev.redirectlint.engine.ConfigFiles;
import dev.redirectlint.engine.FileStamp;

/**
 * The sources of the workspace folders, found as the Maven goal would take them: Java files under the main
 * source roots are checked; test sources are context (their helpers count, their handlers are not reported,
 * as with {@code includeTests=false}); a Java file outside a Maven layout is checked. XML files under resource
 * roots and {@code WEB-INF} are read for project-wide settings. Build output and hidden folders are skipped.
 */
record WorkspaceFiles(List<Path> own, List<Path> context, List<Path> configFiles, Map<Path, FileStamp> stamps,
        long listedAt, List<String> problems) {

    static final WorkspaceFiles NONE = new WorkspaceFiles(List.of(), List.of(), List.of(), Map.of(), Long.MIN_VALUE,
            List.of());

    WorkspaceFiles {
        own = List.copyOf(own);
        context = List.copyOf(context);
        configFiles = List.copyOf(configFiles);
        stamps = Map.copyOf(stamps);
        problems = List.copyOf(problems);
    }

    static WorkspaceFiles scan(List<Path> roots) {
        List<Path> own = new ArrayList<>();
        List<Path> context = new ArrayList<>();
        List<Path> config = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<Path, FileStamp> stamps = new HashMap<>();
        long listedAt = System.nanoTime();
        HomeFiles homes = HomeFiles.of(FrameworkFacts.allConfigFilePatterns());
        for (Path root : roots) {
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                        boolean skipped = !dir.equals(root) && ConfigFiles.holdsCopies(name);
                        return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        String name = file.getFileName().toString();
                        if (name.endsWith(".java") && attributes.isRegularFile()) {
                            (isTestSource(root.relativize(file)) ? context : own).add(file);
                            // The walk has read them anyway: the engine need not ask again.
                            stamps.put(file, new FileStamp(attributes.size(),
                                    attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
                        } else if (name.endsWith(".xml") && isSettingsFile(root.relativize(file))
                                || homes.named(root, file)) {
                            config.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        problems.add(file + ": not read: " + e.getMessage());
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                problems.add(root + ": not read: " + e.getMessage());
            }
        }
        return new WorkspaceFiles(own, context, config, stamps, listedAt, problems);
    }

    /** Under {@code src/test/} of a module, or a {@code src/test*} root such as {@code src/testFixtures}. */
    static boolean isTestSource(Path relative) {
        for (int i = 0; i + 1 < relative.getNameCount(); i++) {
            if (relative.getName(i).toString().equals("src") && relative.getName(i + 1).toString().startsWith("test")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSettingsFile(Path relative) {
        String path = relative.toString().replace('\\', '/');
        return path.contains("src/main/resources/") || path.contains("WEB-INF/");
    }

    /**
     * The files the framework homes read (Play's {@code conf/routes}, Faces' views), named by patterns relative to a
     * project's directory: the workspace folder, or a folder below it with a build file of its own.
     */
    private record HomeFiles(List<PathMatcher> patterns) {

        private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts",
                "build.sbt");

        /** The patterns as Maven reads them ({@link FrameworkFacts#configFileMatcher}), as the plugin matches them. */
        static HomeFiles of(List<String> patterns) {
            return new HomeFiles(patterns.isEmpty() ? List.of() : List.of(FrameworkFacts.configFileMatcher(patterns)));
        }

        boolean named(Path root, Path file) {
            if (patterns.isEmpty()) {
                return false;
            }
            for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
                Path here = dir;
                boolean project = here.equals(root) || BUILD_FILES.stream().anyMatch(b -> Files.isRegularFile(here.resolve(b)));
                Path relative = dir.relativize(file);
                if (project && patterns.stream().anyMatch(p -> p.matches(relative))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Every Java file, checked or context. */
    int javaFileCount() {
        return own.size() + context.size();
    }
}
