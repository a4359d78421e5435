package dev.redirectlint.checkstyle;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.engine.CacheStore;
import dev.redirectlint.engine.FileResult;
import dev.redirectlint.engine.ProjectSources;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.project.LexicalScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The cross-file view for the Checkstyle module, which Checkstyle gives one file at a time: the file's
 * project is found from its package (its source root) and the build around it (the sibling modules of a
 * Maven or Gradle build), analysed once, and kept in memory; it is checked again (file sizes and times, with
 * the engine's cache) once per Checkstyle run, so an IDE sees edits. Each file then gets the findings located
 * in it, whichever handler they come from: a base class's file reports the handlers its subclasses inherit.
 * A file in the default package is analysed on its own.
 */
final class CheckstyleProjects {

    /** Directories never searched for sources. */
    private static final Set<String> SKIPPED = Set.of("target", "build", "node_modules", "out", "bin");
    private static final int MAX_DEPTH = 12;

    /** A project, by its source roots and the engine's configuration. */
    private static final Map<String, Project> PROJECTS = new ConcurrentHashMap<>();

    private CheckstyleProjects() {}

    /** One project: its roots, the cache behind it, the last result and the run it is valid for. */
    private static final class Project {
        final List<Path> roots;
        final CacheStore cache = CacheStore.inMemory();
        LintResult result;
        long run = -1;

        Project(List<Path> roots) {
            this.roots = roots;
        }
    }

    /**
     * The findings located in {@code file} (whose text is {@code text}, perhaps an editor's unsaved buffer) and
     * its processing error, with the whole project in view.
     *
     * @param run which Checkstyle run asks: the project is checked against the disk once per run
     */
    static FileResult analyse(RedirectLint engine, Path file, String text, long run) {
        Path absolute = file.toAbsolutePath().normalize();
        Optional<List<Path>> roots = roots(absolute, text);
        if (roots.isEmpty()) {
            return engine.lintSource(file, text);
        }
        Project project = PROJECTS.computeIfAbsent(engine.config().digest() + "|" + roots.get(),
                key -> new Project(roots.get()));
        LintResult whole;
        synchronized (project) {
            if (project.run != run || project.result == null) {
                project.result = engine.lint(ProjectSources.of(javaFiles(project.roots)).withCache(project.cache));
                project.run = run;
            }
            whole = project.result;
        }
        if (!sameAsOnDisk(absolute, text, engine.config().encoding())) {
            // An editor's text: analyse the project with it, this once and without the cache.
            whole = engine.lint(ProjectSources.of(javaFiles(project.roots)).withText(absolute, text));
        }
        List<Finding> here = whole.findings().stream().filter(f -> f.file().equals(absolute)).toList();
        Optional<ProcessingError> error = whole.errors().stream().filter(e -> e.file().equals(absolute)).findFirst();
        if (!javaFilesContain(project.roots, absolute)) {
            return engine.lintSource(file, text); // outside the roots after all (an unusual layout)
        }
        return new FileResult(here.stream().map(f -> withFile(f, file)).toList(),
                error.map(e -> new ProcessingError(file, e.line(), e.column(), e.reason())));
    }

    /** The finding with the file as Checkstyle names it. */
    private static Finding withFile(Finding finding, Path file) {
        return new Finding(finding.ruleId(), finding.severity(), finding.message(), finding.messageKey(),
                finding.messageArgs(), file, finding.region(), finding.handler(), finding.mechanism(), finding.related(),
                finding.fixes(), finding.fingerprintBasis(), finding.handlerRegion(), finding.exposedBy(),
                finding.noFixReason());
    }

    /**
     * The source roots of the file's project: the root its package puts it under and, when that root is a
     * module's {@code src/<set>/java}, the {@code src/main/java} of every module of the build around it (the
     * directories up from the module that hold a {@code pom.xml} or Gradle build). Empty for a file in the
     * default package, or one whose directories do not match its package.
     */
    static Optional<List<Path>> roots(Path file, String text) {
        String packageName = LexicalScanner.scan(text).facts().packageName();
        if (packageName.isEmpty() || file.getParent() == null) {
            return Optional.empty();
        }
        Path root = file.getParent();
        String[] parts = packageName.split("\\.");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (root == null || root.getFileName() == null || !root.getFileName().toString().equals(parts[i])) {
                return Optional.empty();
            }
            root = root.getParent();
        }
        if (root == null) {
            return Optional.empty();
        }
        List<Path> roots = new ArrayList<>();
        roots.add(root);
        Path src = root.getParent() == null ? null : root.getParent().getParent();
        if (root.getFileName().toString().equals("java") && src != null && src.getFileName() != null
                && src.getFileName().toString().equals("src") && src.getParent() != null) {
            Path top = src.getParent();
            while (top.getParent() != null && isBuild(top.getParent())) {
                top = top.getParent();
            }
            for (Path main : mainRoots(top)) {
                if (!roots.contains(main)) {
                    roots.add(main);
                }
            }
        }
        return Optional.of(List.copyOf(roots));
    }

    private static boolean isBuild(Path directory) {
        return Files.isRegularFile(directory.resolve("pom.xml")) || Files.isRegularFile(directory.resolve("build.gradle"))
                || Files.isRegularFile(directory.resolve("build.gradle.kts"))
                || Files.isRegularFile(directory.resolve("settings.gradle"));
    }

    /** Every {@code src/main/java} below the build's top directory. */
    private static List<Path> mainRoots(Path top) {
        List<Path> roots = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(top, MAX_DEPTH)) {
            walk.filter(Files::isDirectory)
                    .filter(dir -> dir.endsWith(Path.of("src", "main", "java")))
                    .filter(dir -> top.relativize(dir).getNameCount() <= MAX_DEPTH
                            && stepsAllowed(top.relativize(dir)))
                    .sorted()
                    .forEach(roots::add);
        } catch (IOException | RuntimeException e) {
            // An unreadable part of the tree gives no roots of its own.
        }
        return roots;
    }

    private static boolean stepsAllowed(Path relative) {
        for (Path step : relative) {
            String name = step.toString();
            if (name.startsWith(".") || SKIPPED.contains(name)) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> javaFiles(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(path -> path.toString().endsWith(".java") && Files.isRegularFile(path))
                        .map(path -> path.toAbsolutePath().normalize()).sorted().forEach(files::add);
            } catch (IOException | RuntimeException e) {
                // A root that cannot be read gives no files.
            }
        }
        return files;
    }

    private static boolean javaFilesContain(List<Path> roots, Path file) {
        return roots.stream().anyMatch(file::startsWith);
    }

    private static boolean sameAsOnDisk(Path file, String text, java.nio.charset.Charset charset) {
        try {
            String disk = new String(Files.readAllBytes(file), charset);
            return disk.equals(text);
        } catch (IOException e) {
            return false;
        }
    }
}
