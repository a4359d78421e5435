package dev.redirectlint.bench;

import dev.redirectlint.api.LintResult;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.report.SarifReport;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Measures one hostile file in a fresh JVM: wall time, result, peak heap (the sum of the heap pools'
 * peaks) and peak resident memory (VmHWM, which counts the analysis threads' stacks too). Not a test;
 * run it as described in the README section "Hostile inputs", for example
 * {@code java -Xmx2g -cp <test classpath> dev.redirectlint.bench.HostileHarness generated 20}.
 *
 * <p>Cases: {@code generated <MB>} (a controller with as many handlers as fill that many megabytes),
 * {@code parens <depth>}, {@code lambdas <depth>}, {@code concat <terms>}. Optional third argument: the
 * maximum file size in MB (default: the engine's default).
 */
public final class HostileHarness {

    private HostileHarness() {}

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        int size = Integer.parseInt(args[1]);
        String text = switch (kind) {
            case "generated" -> generated(size * 1024L * 1024L);
            case "parens" -> "class P { int x = " + "(".repeat(size) + "1" + ")".repeat(size) + "; }\n";
            case "lambdas" -> "class L { Object f = " + "a -> ".repeat(size) + "1; }\n";
            case "concat" -> "@org.springframework.stereotype.Controller class C {\n"
                    + "  @org.springframework.web.bind.annotation.PostMapping(\"/c\") String c() {\n"
                    + "    return \"redirect:/x\"" + " + \"a\"".repeat(size) + ";\n  }\n}\n";
            default -> throw new IllegalArgumentException("unknown case " + kind);
        };
        Path dir = Files.createTempDirectory("redirect-lint-harness");
        Path file = Files.writeString(dir.resolve("Hostile.java"), text, StandardCharsets.UTF_8);
        LintConfig.Builder config = LintConfig.builder().fileTimeout(Duration.ofMinutes(10));
        if (args.length > 2) {
            config.maxFileSize(Long.parseLong(args[2]) * 1024 * 1024);
        }
        text = null;
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        long start = System.nanoTime();
        LintResult result = new RedirectLint(config.build()).lintFiles(List.of(file));
        long lintMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        new SarifReport(dir).write(result, dir.resolve("out.sarif"));
        long sarifMillis = (System.nanoTime() - start) / 1_000_000;

        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        String hwm = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM")).findFirst().orElse("VmHWM: ?").replaceAll("\\s+", " ");
        System.out.printf("case=%s %d, file=%.1f MB, lint=%d ms, sarif=%d ms, findings=%d, errors=%s%n",
                kind, size, Files.size(file) / 1048576.0, lintMillis, sarifMillis, result.findings().size(),
                result.errors().stream().map(e -> e.reason()).toList());
        System.out.printf("peak heap (sum of pool peaks)=%d MB, max heap=%d MB, %s%n", peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20, hwm);
        Files.delete(file);
    }

    /** A controller with handlers until {@code bytes}: a mix of redirects, plain views and helpers. */
    static String generated(long bytes) {
        StringBuilder text = new StringBuilder("""
                package gen;

                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                public class Generated {
                """);
        for (int i = 0; text.length() < bytes - 200; i++) {
            text.append(switch (i % 3) {
                case 0 -> "    @PostMapping(\"/p" + i + "\")\n    public String p" + i
                        + "(String id) {\n        return \"redirect:/p/\" + id + \"/" + i + "\";\n    }\n\n";
                case 1 -> "    @GetMapping(\"/g" + i + "\")\n    public String g" + i
                        + "() {\n        int x = " + i + " * 2;\n        return \"view" + i + "\";\n    }\n\n";
                default -> "    private int h" + i + "(int a, int b) {\n        return a + b * " + i + ";\n    }\n\n";
            });
        }
        return text.append("}\n").toString();
    }
}
