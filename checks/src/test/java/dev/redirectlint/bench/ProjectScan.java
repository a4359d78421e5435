package dev.redirectlint.bench;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.ProjectSources;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.java.FrameworkFacts;
import java.io.IOException;
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
 * <p>{@code --config DIR} reads the files the framework homes name ({@link FrameworkFacts#configFilePatterns()}:
 * Play's {@code conf/routes}, Faces' views in {@code src/main/webapp}) below that module directory, as the Maven
 * plugin does from the module's directory; without it no view or routes file is read.
 *
 * <p>{@code --cache FILE} keeps the result cache there, as the Maven plugin does. {@code --every} parses and analyses every file instead of those the lexical pass keeps: the findings
 * must be the same, only slower.
 */
public final class ProjectScan {

    private ProjectScan() {}

    public static void main(String[] args) throws IOException {
        List<Path> own = new ArrayList<>();
        List<Path> context = new ArrayList<>();
        boolean every = false;
        boolean tests = false;
        boolean inContext = false;
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
                default -> (inContext ? context : own).add(Path.of(arg));
            }
        }
        List<Path> ownFiles = javaFiles(own, tests);
        List<Path> contextFiles = javaFiles(context, tests);
        long start = System.nanoTime();
        LintConfig config = LintConfig.builder().analyseEveryFile(every).build();
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
        System.out.printf("# files=%d context=%d config-files=%d findings=%d errors=%d ms=%d%n", ownFiles.size(),
                contextFiles.size(), configFiles.size(), result.findings().size(), result.errors().size(), millis);
    }

    /** The files below the module directory that match a home's patterns, as the plugin finds them. */
    private static List<Path> configFiles(Path module) throws IOException {
        PathMatcher matcher = FrameworkFacts.configFileMatcher(FrameworkFacts.allConfigFilePatterns());
        try (Stream<Path> walk = Files.walk(module)) {
            return walk.filter(Files::isRegularFile).filter(path -> matcher.matches(module.relativize(path)))
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
