package dev.redirectlint.bench;

import com.github.javaparser.JavaParser;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.source.ParserFactory;
import dev.redirectlint.engine.RedirectLint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints the engine's speed as ratios measured side by side in one run: the full analysis against
 * parsing alone (the floor any JavaParser-based tool pays), and several threads against one. Not part
 * of the normal build (tag "benchmark"); run it with
 * {@code mvn -pl checks test -Dgroups=benchmark -DexcludedTestGroups=none -Dtest=EngineBenchmark}, and point it
 * at a real source tree with {@code -Dbench.dir=/path/to/src/main/java}.
 */
@Tag("benchmark")
class EngineBenchmark {

    private static final int SYNTHETIC_FILES = 3000;
    private static final int ROUNDS = 3;

    @TempDir
    Path dir;

    @Test
    void printFigures() throws IOException {
        List<Path> files = System.getProperty("bench.dir") != null
                ? javaFiles(Path.of(System.getProperty("bench.dir")))
                : syntheticCorpus();
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            texts.add(Files.readString(file));
        }
        long bytes = texts.stream().mapToLong(String::length).sum();
        RedirectLint oneThread = new RedirectLint(LintConfig.builder().threads(1).build());
        int cores = Runtime.getRuntime().availableProcessors();
        RedirectLint allThreads = new RedirectLint(LintConfig.builder().threads(cores).build());

        // Warm up the JIT on every path before measuring.
        parseAll(texts);
        oneThread.lintFiles(files);
        allThreads.lintFiles(files);

        long parse = Long.MAX_VALUE;
        long lintOne = Long.MAX_VALUE;
        long lintAll = Long.MAX_VALUE;
        LintResult result = null;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            parseAll(texts);
            parse = Math.min(parse, System.nanoTime() - start);
            start = System.nanoTime();
            result = oneThread.lintFiles(files);
            lintOne = Math.min(lintOne, System.nanoTime() - start);
            start = System.nanoTime();
            allThreads.lintFiles(files);
            lintAll = Math.min(lintAll, System.nanoTime() - start);
        }
        System.out.printf("redirect-lint benchmark: %d files, %.1f MB, %d findings, %d errors, best of %d rounds%n",
                files.size(), bytes / 1e6, result.findings().size(), result.errors().size(), ROUNDS);
        System.out.printf("  parse only, 1 thread      %8.1f ms  %8.0f files/s%n", parse / 1e6, files.size() / (parse / 1e9));
        System.out.printf("  full analysis, 1 thread   %8.1f ms  %8.0f files/s  (%.2fx the parse-only time)%n",
                lintOne / 1e6, files.size() / (lintOne / 1e9), (double) lintOne / parse);
        System.out.printf("  full analysis, %d threads  %8.1f ms  %8.0f files/s  (%.2fx faster than 1 thread)%n",
                cores, lintAll / 1e6, files.size() / (lintAll / 1e9), (double) lintOne / lintAll);
    }

    private static void parseAll(List<String> texts) {
        for (String text : texts) {
            JavaParser parser = ParserFactory.newParser();
            parser.parse(text);
        }
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Controllers, servlets and resources (a third of them redirecting after POST) among plain classes. */
    private List<Path> syntheticCorpus() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < SYNTHETIC_FILES; i++) {
            String name = "C" + i;
            String text = switch (i % 4) {
                case 0 -> """
                        package bench;
                        import org.springframework.stereotype.Controller;
                        import org.springframework.web.bind.annotation.*;
                        @Controller
                        @RequestMapping("/items")
                        class NAME {
                            private final Object service = null;
                            @GetMapping String list() { return "items/list"; }
                            @PostMapping String create(String form) { if (form == null) { return "items/form"; } return "redirect:/items/" + form; }
                            @PutMapping String update(long id) { return save(id); }
                            private String save(long id) { return id > 0 ? "redirect:/items" : "items/form"; }
                        }
                        """;
                case 1 -> """
                        package bench;
                        import jakarta.servlet.http.*;
                        public class NAME extends HttpServlet {
                            @Override protected void doGet(HttpServletRequest q, HttpServletResponse r) throws java.io.IOException { r.getWriter().write("ok"); }
                            @Override protected void doPost(HttpServletRequest q, HttpServletResponse r) throws java.io.IOException { process(q, r); }
                            private void process(HttpServletRequest q, HttpServletResponse r) throws java.io.IOException { r.setStatus(HttpServletResponse.SC_SEE_OTHER); r.setHeader("Location", "/x"); }
                        }
                        """;
                default -> """
                        package bench;
                        import java.util.*;
                        public class NAME {
                            private final Map<String, List<Integer>> index = new HashMap<>();
                            public int total(String key) { int sum = 0; for (int v : index.getOrDefault(key, List.of())) { sum += v; } return sum; }
                            public record Point(int x, int y) { double length() { return Math.sqrt(x * x + y * y); } }
                            public String describe(Object o) { return switch (o) { case Point p -> "point " + p.length(); default -> String.valueOf(o); }; }
                        }
                        """;
            };
            Path file = dir.resolve(name + ".java");
            Files.writeString(file, text.replace("NAME", name));
            files.add(file);
        }
        return files;
    }
}
