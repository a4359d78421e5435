package dev.redirectlint.bench;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.RedirectLint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the engine over whole source trees the way the real-world evaluation did: every {@code .java}
 * file below each directory except those under {@code src/test}, one project per directory, with the
 * project index. Prints each finding, each processing error, and a summary line per directory. Not a
 * test; for example {@code java -cp <test classpath> dev.redirectlint.bench.ProjectScan ../petclinic}.
 */
public final class ProjectScan {

    private ProjectScan() {}

    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            Path root = Path.of(arg);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(path -> path.toString().endsWith(".java") && !path.toString().contains("/src/test/"))
                        .toList();
            }
            long start = System.nanoTime();
            LintResult result = new RedirectLint(LintConfig.defaults()).lintFiles(files);
            long millis = (System.nanoTime() - start) / 1_000_000;
            for (Finding finding : result.findings()) {
                System.out.println(root.relativize(finding.file()) + ":" + finding.region().startLine() + " ["
                        + finding.ruleId() + "] " + finding.message());
            }
            for (ProcessingError error : result.errors()) {
                System.out.println("ERROR " + error.describe());
            }
            System.out.printf("# %s: files=%d findings=%d errors=%d ms=%d%n", root.getFileName(), files.size(),
                    result.findings().size(), result.errors().size(), millis);
        }
    }
}
