package dev.redirectlint.checkstyle;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.engine.CacheStore;
import dev.redirectlint.engine.ConfigFiles;
import dev.redirectlint.engine.FileResult;
import dev.redirectlint.engine.ProjectSources;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.project.LexicalScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
 *
 * <p>The run reads the configuration files of every module whose {@code src/<set>/java} is one of the roots
 * ({@link ConfigFiles}: {@code src/main/resources/**}{@code /*.xml} and the files the framework homes name below
 * the module's directory, such as {@code struts.xml}, faces-config files and views, {@code conf/routes}), listed
 * again once per Checkstyle run, so a changed, added or removed one is seen as a changed Java file is. Checkstyle
 * reports only on the files it checks: a configuration file the engine cannot read is reported once a run, on the
 * first file checked of the module it belongs to ({@link Checked#configErrors()}).
 */
final class CheckstyleProjects {

    private static final int MAX_DEPTH = 12;

    /** A project, by its source roots and the engine's configuration. */
    private static final Map<String, Project> PROJECTS = new ConcurrentHashMap<>();

    private CheckstyleProjects() {}

    /**
     * What a file gets: its findings and its own processing error, and the errors of the configuration files that
     * are reported on it (those of its module that this run has not reported on another file yet).
     */
    record Checked(FileResult file, List<ProcessingError> configErrors) {
        Checked {
            configErrors = List.copyOf(configErrors);
        }
    }

    /**
     * One project: its roots and their modules' directories, the cache behind it, the last result, the run it is
     * valid for with the files that run listed, and the configuration files' errors already reported in it.
     */
    private static final class Project {
        final List<Path> roots;
        final List<Path> modules;
        final CacheStore cache = CacheStore.inMemory();
        LintResult result;
        List<Path> javaFiles = List.of();
        List<Path> configFiles = List.of();
        final Set<Path> reported = new HashSet<>();
        long run = -1;

        Project(List<Path> roots) {
            this.roots = roots;
            this.modules = roots.stream().map(CheckstyleProjects::moduleDirectory).flatMap(Optional::stream)
                    .distinct().toList();
        }

        ProjectSources sources() {
            return ProjectSources.of(javaFiles).withConfigFiles(configFiles);
        }
    }

    /**
     * The findings located in {@code file} (whose text is {@code text}, perhaps an editor's unsaved buffer) and
     * its processing error, with the whole project in view.
     *
     * @param run which Checkstyle run asks: the project is checked against the disk once per run
     */
    static Checked analyse(RedirectLint engine, Path file, String text, long run) {
        Path absolute = file.toAbsolutePath().normalize();
        Optional<List<Path>> roots = roots(absolute, text);
        if (roots.isEmpty()) {
            return new Checked(engine.lintSource(file, text), List.of());
        }
        if (!javaFilesContain(roots.get(), absolute)) {
            return new Checked(engine.lintSource(file, text), List.of()); // outside the roots after all (an unusual layout)
        }
        Project project = PROJECTS.computeIfAbsent(engine.config().digest() + "|" + roots.get(),
                key -> new Project(roots.get()));
        LintResult whole;
        ProjectSources sources;
        List<ProcessingError> configErrors;
        synchronized (project) {
            if (project.run != run || project.result == null) {
                project.javaFiles = javaFiles(project.roots);
                project.configFiles = ConfigFiles.of(project.modules);
                project.result = engine.lint(project.sources().withCache(project.cache));
                project.reported.clear();
                project.run = run;
            }
            whole = project.result;
            sources = project.sources();
            configErrors = configErrorsToReport(project, absolute);
        }
        if (!sameAsOnDisk(absolute, text, engine.config().encoding())) {
            // An editor's text: analyse the project with it, this once and without the cache.
            whole = engine.lint(sources.withText(absolute, text));
        }
        List<Finding> here = whole.findings().stream().filter(f -> f.file().equals(absolute)).toList();
        Optional<ProcessingError> error = whole.errors().stream().filter(e -> e.file().equals(absolute)).findFirst();
        return new Checked(new FileResult(here.stream().map(f -> withFile(f, file)).toList(),
                error.map(e -> new ProcessingError(file, e.line(), e.column(), e.reason()))), configErrors);
    }

    /**
     * The errors of the run's files other than its Java files (the configuration files, and a file one of them
     * names, such as the {@code struts.properties} beside a {@code struts.xml}) that belong to the module of
     * {@code file} (the one of the project's module directories nearest above them) and that no other file has
     * reported in this run.
     */
    private static List<ProcessingError> configErrorsToReport(Project project, Path file) {
        Optional<Path> module = owner(project.modules, file);
        if (module.isEmpty()) {
            return List.of();
        }
        Set<Path> javaFiles = new HashSet<>(project.javaFiles);
        List<ProcessingError> errors = new ArrayList<>();
        for (ProcessingError error : project.result.errors()) {
            Path where = error.file().toAbsolutePath().normalize();
            if (!javaFiles.contains(where) && module.equals(owner(project.modules, where))
                    && project.reported.add(where)) {
                errors.add(error);
            }
        }
        return errors;
    }

    /** The module directory nearest above the file, if one is. */
    private static Optional<Path> owner(List<Path> modules, Path file) {
        return modules.stream().filter(file::startsWith).max(Comparator.comparingInt(Path::getNameCount));
    }

    /** The module's directory of a source root {@code <module>/src/<set>/java}; empty for another layout. */
    static Optional<Path> moduleDirectory(Path root) {
        Path set = root.getParent();
        Path src = set == null ? null : set.getParent();
        if (root.getFileName() == null || !root.getFileName().toString().equals("java") || src == null
                || src.getFileName() == null || !src.getFileName().toString().equals("src") || src.getParent() == null) {
            return Optional.empty();
        }
        return Optional.of(src.getParent());
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
        Optional<Path> module = moduleDirectory(root);
        if (module.isPresent()) {
            Path top = module.get();
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
            if (ConfigFiles.holdsCopies(name)) {
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
