import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How the time of {@code mvn redirect-lint:fix} grows with the size of one file full of fixable handlers:
 * a controller of 0.75, 1.5 and 3 MB (one {@code @PostMapping} handler returning {@code "redirect:"} per
 * 150 bytes or so, each fixed with its own edit), fixed in a dry run so the file stays as generated.
 * Sizes take turns, round by round; the table gives the median and the range of the wall time, and the
 * time per MB, which stays flat when the edits are applied in linear time.
 *
 * <pre>java bench/FixLargeFile.java [--rounds 3] [--work /tmp/rl-fix-bench]</pre>
 *
 * Needs the plugin in the local repository ({@code mvn -B install -DskipTests} first).
 */
public class FixLargeFile {

    private static final double[] SIZES_MB = {0.75, 1.5, 3.0};

    public static void main(String[] args) throws Exception {
        int rounds = 3;
        Path work = Path.of("/tmp/rl-fix-bench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Map<Double, Path> projects = new LinkedHashMap<>();
        for (double size : SIZES_MB) {
            projects.put(size, project(work.resolve("size-" + size), (int) (size * 1024 * 1024)));
        }
        Map<Double, List<Double>> seconds = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<Double, Path> project : projects.entrySet()) {
                double s = run(project.getValue());
                seconds.computeIfAbsent(project.getKey(), k -> new ArrayList<>()).add(s);
                System.err.printf(Locale.ROOT, "round %d, %.2f MB: %.2f s%n", round, project.getKey(), s);
            }
        }
        System.out.println("| file | handlers fixed | wall, median (min–max) | per MB |");
        System.out.println("|---|---|---|---|");
        for (Map.Entry<Double, List<Double>> entry : seconds.entrySet()) {
            double[] sorted = entry.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = sorted[sorted.length / 2];
            System.out.printf(Locale.ROOT, "| %.2f MB | %d | %.2f s (%.2f–%.2f) | %.2f s |%n", entry.getKey(),
                    handlers(projects.get(entry.getKey())), median, sorted[0], sorted[sorted.length - 1],
                    median / entry.getKey());
        }
    }

    /** A Maven project with one controller of about {@code bytes} bytes. */
    private static Path project(Path dir, int bytes) throws IOException {
        Path source = dir.resolve("src/main/java/bench/BigController.java");
        Files.createDirectories(source.getParent());
        StringBuilder text = new StringBuilder("""
                package bench;

                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                public class BigController {
                """);
        int n = 0;
        while (text.length() < bytes) {
            text.append("\n    @PostMapping(\"/orders/").append(n).append("\")\n    public String create").append(n)
                    .append("() {\n        return \"redirect:/orders/").append(n).append("\";\n    }\n");
            n++;
        }
        text.append("}\n");
        Files.writeString(source, text);
        Files.writeString(dir.resolve("handlers.txt"), Integer.toString(n));
        Files.writeString(dir.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>fix-large-file</artifactId>
                  <version>1</version>
                  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.redirectlint</groupId>
                        <artifactId>redirect-lint-maven-plugin</artifactId>
                        <version>0.1.0-SNAPSHOT</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """);
        return dir;
    }

    private static int handlers(Path project) {
        try {
            return Integer.parseInt(Files.readString(project.resolve("handlers.txt")).trim());
        } catch (IOException e) {
            return -1;
        }
    }

    /** One dry run of fix, in seconds; fails if Maven does. */
    private static double run(Path project) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(Arrays.asList("mvn", "-B", "-o", "-q",
                "dev.redirectlint:redirect-lint-maven-plugin:0.1.0-SNAPSHOT:fix", "-Dredirect-lint.dryRun=true",
                "-Dredirect-lint.maxFileSize=8MB"));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(project.toFile())
                .redirectOutput(project.resolve("fix.log").toFile()).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("fix failed in " + project + ": see fix.log\n"
                    + new String(Files.readAllBytes(project.resolve("fix.log")), StandardCharsets.UTF_8));
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
