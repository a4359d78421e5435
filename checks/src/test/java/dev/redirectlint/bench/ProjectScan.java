package dev.redirectlint.bench;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.engine.FrameworkFiles;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.ProjectSources;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.java.FrameworkFacts;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the engine over whole source trees the way the real-world evaluation does: the {@code .java} files
 * below the directories to check (not those under {@code src/test}, unless {@code --tests}), as one project,
 * with the files below the {@code --context} directories as the modules they depend on. Prints each finding,
 * each processing error, and a summary line. Not a test; for example
 * {@code java -cp <test classpath> dev.redirectlint.bench.ProjectScan web/src/main/java --context common/src/main/java}.
 *
 * <p>{@code --config DIR} reads the configuration files the framework homes name ({@code conf/routes} for Play)
 * below that project directory, as the Maven plugin does from the module's directory.
 *
 * <p>{@code --cache FILE} keeps the result cache there, as the Maven plugin does. {@code --every} parses and analyses every file instead of those the lexical pass keeps: the findings
 * must be the same, only slower. The framework homes' own files below the directories to check (Facelets views
 * in {@code src/main/webapp}) are passed as configuration files, as the plugin passes them, unless
 * {@code --no-framework-files}.
 */
public final class ProjectScan {

    private ProjectScan() {}

    public static void main(String[] args) throws IOException {
        List<Path> own = new ArrayList<>();
        List<Path> context = new ArrayList<>();
        boolean every = false;
        boolean tests = false;
        boolean inContext = false;
        boolean frameworkFiles = true;
        Path cache = null;
        List<Path> configFiles = new ArrayList<>();
        for (int a = 0; a < args.length; a++) {
            String arg = args[a];
            switch (arg) {
                case "--cache" -> cache = Path.of(args[++a]);
                case "--config" -> configFiles.addAll(configFiles(Path.of(args[++a])));
                case "--every" -> every = true;
                case "--tests" -> tests = true;
                case "--context" -> inContext = true;
                case "--own" -> inContext = false;
                case "--no-framework-files" -> frameworkFiles = false;
                default -> (inContext ? context : own).add(Path.of(arg));
            }
        }
        List<Path> ownFiles = javaFiles(own, tests);
        List<Path> contextFiles = javaFiles(context, tests);
        long start = System.nanoTime();
        LintConfig config = LintConfig.builder().analyseEveryFile(every).build();
        if (frameworkFiles) {
            configFiles.addAll(frameworkFiles(own));
        }
        ProjectSources sources = ProjectSources.of(ownFiles).withContext(contextFiles).withConfigFiles(configFiles);
        if (cache != null) {
            // The cache keeps paths relative to the base and gives them back absolute, as the plugin passes them.
            sources = ProjectSources.of(absolute(ownFiles)).withContext(absolute(contextFiles))
                    .withConfigFiles(absolute(configFiles)).withCache(cache, Path.of("").toAbsolutePath());
        }
        LintResult result = new RedirectLint(config).lint(sources);
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (Finding finding : result.findings()) {
            System.out.println(finding.file() + ":" + finding.region().startLine() + " [" + finding.ruleId() + "] "
                    + finding.message());
        }
        for (ProcessingError error : result.errors()) {
            System.out.println("ERROR " + error.describe());
        }
        result.notes().forEach(note -> System.out.println("# " + note));
        result.warnings().forEach(warning -> System.out.println("WARNING " + warning));
        System.out.printf("# files=%d context=%d framework-files=%d findings=%d errors=%d ms=%d%n", ownFiles.size(),
                contextFiles.size(), configFiles.size(), result.findings().size(), result.errors().size(), millis);
    }

    /** The files below the roots that a home reads (its patterns match the end of their paths). */
    private static List<Path> frameworkFiles(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return FrameworkFiles.matching(FrameworkFiles.patterns(), files);
    }

    /** The files below the project directory that match a home's configuration file patterns. */
    private static List<Path> configFiles(Path project) throws IOException {
        List<PathMatcher> matchers = FrameworkFacts.allConfigFilePatterns().stream()
                .map(pattern -> FileSystems.getDefault().getPathMatcher("glob:" + pattern)).toList();
        try (Stream<Path> walk = Files.walk(project)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> matchers.stream().anyMatch(matcher -> matcher.matches(project.relativize(path))))
                    .sorted().toList();
        }
    }

    private static List<Path> absolute(List<Path> files) {
        return files.stream().map(path -> path.toAbsolutePath().normalize()).toList();
    }

    private static List<Path> javaFiles(List<Path> roots, boolean tests) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(path -> path.toString().endsWith(".java") && (tests || !path.toString().contains("/src/test/")))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }
}
