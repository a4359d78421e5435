package dev.redirectlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.report.ConsoleReport;
import dev.redirectlint.report.SarifReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutates the Java sources of the rule tests (their text blocks) with a fixed seed: truncation, deleted,
 * duplicated and swapped tokens, random characters. The engine must never throw, never report an
 * internal error, and always finish. {@code -Dfuzz.cases=N} (the {@code fuzz} profile sets 100,000) and
 * {@code -Dfuzz.seed=S} change the run; the figures are printed.
 */
class FuzzTest {

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"\\n(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("\\w+|\"[^\"\\n]*\"|\\S");

    @Test
    void mutatedSourcesNeverCrashTheEngine() throws IOException {
        int cases = Integer.getInteger("fuzz.cases", 3000);
        long seed = Long.getLong("fuzz.seed", 20240601L);
        List<String> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThan(50);
        Random random = new Random(seed);
        RedirectLint lint = new RedirectLint(LintConfig.builder().fileTimeout(Duration.ofSeconds(20)).build());
        SarifReport sarif = new SarifReport(Path.of("."));
        List<String> crashes = new ArrayList<>();
        int parsed = 0;
        long slowest = 0;
        String slowestCase = "";
        long start = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            String input = mutate(corpus.get(random.nextInt(corpus.size())), random);
            long caseStart = System.nanoTime();
            FileResult result;
            try {
                result = lint.lintSource(Path.of("Fuzz" + i + ".java"), input);
                LintResult all = new LintResult(result.findings(), result.error().stream().toList(), 1);
                sarif.render(all);
                result.findings().forEach(ConsoleReport::line);
                result.error().ifPresent(ConsoleReport::line);
            } catch (Throwable e) {
                crashes.add("case " + i + ": " + e);
                continue;
            }
            long took = System.nanoTime() - caseStart;
            if (took > slowest) {
                slowest = took;
                slowestCase = "case " + i + " (" + input.length() + " chars)";
            }
            if (result.error().isEmpty()) {
                parsed++;
            }
            String reason = result.error().map(ProcessingError::reason).orElse("");
            if (isCrash(reason)) {
                crashes.add("case " + i + ": " + reason + "\n" + input);
            }
        }
        System.out.printf("fuzz: %d cases (seed %d) from %d inputs in %.1f s; %d parsed and analysed;"
                + " slowest %s %.0f ms; %d crashes%n", cases, seed, corpus.size(),
                (System.nanoTime() - start) / 1e9, parsed, slowestCase, slowest / 1e6, crashes.size());
        assertThat(crashes).isEmpty();
    }

    static boolean isCrash(String reason) {
        return reason.contains("internal error") || reason.contains("stack overflow")
                || reason.contains("OutOfMemoryError") || reason.contains("time limit");
    }

    /** The Java sources in the text blocks of this module's tests. */
    static List<String> corpus() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher block = TEXT_BLOCK.matcher(Files.readString(file));
                while (block.find()) {
                    String text = block.group(1).stripIndent();
                    if (text.contains("class ") || text.contains("interface ")) {
                        sources.add(text);
                    }
                }
            }
        }
        return sources;
    }

    static String mutate(String source, Random random) {
        String text = source;
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            List<int[]> tokens = tokens(text);
            if (tokens.isEmpty()) {
                return text + (char) random.nextInt(0x3000);
            }
            int[] a = tokens.get(random.nextInt(tokens.size()));
            int[] b = tokens.get(random.nextInt(tokens.size()));
            text = switch (random.nextInt(7)) {
                case 0 -> text.substring(0, random.nextInt(text.length() + 1)); // truncate
                case 1 -> text.substring(0, a[0]) + text.substring(a[1]); // delete a token
                case 2 -> text.substring(0, a[1]) + " " + text.substring(a[0], a[1]) + text.substring(a[1]); // duplicate
                case 3 -> swap(text, a, b);
                case 4 -> insert(text, random.nextInt(text.length() + 1), randomChars(random)); // random characters
                case 5 -> insert(text, a[0], text.substring(b[0], b[1]) + " "); // copy a token elsewhere
                default -> { // repeat a stretch of tokens
                    int[] end = tokens.get(Math.min(tokens.size() - 1, tokens.indexOf(a) + random.nextInt(20)));
                    String stretch = text.substring(a[0], Math.max(a[1], end[1]));
                    yield insert(text, a[0], stretch.repeat(1 + random.nextInt(5)));
                }
            };
        }
        return text;
    }

    private static List<int[]> tokens(String text) {
        List<int[]> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            tokens.add(new int[] {token.start(), token.end()});
        }
        return tokens;
    }

    private static String swap(String text, int[] a, int[] b) {
        if (a[0] > b[0]) {
            int[] t = a;
            a = b;
            b = t;
        }
        if (a[1] > b[0]) {
            return text;
        }
        return text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[1], b[0])
                + text.substring(a[0], a[1]) + text.substring(b[1]);
    }

    private static String insert(String text, int at, String inserted) {
        return text.substring(0, at) + inserted + text.substring(at);
    }

    private static String randomChars(Random random) {
        StringBuilder chars = new StringBuilder();
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            chars.append(switch (random.nextInt(4)) {
                case 0 -> (char) random.nextInt(0x20); // control characters, NUL included
                case 1 -> "{}()[];<>\"'@\\/*".charAt(random.nextInt(15));
                case 2 -> (char) (0xD800 + random.nextInt(0x800)); // lone surrogates
                default -> (char) random.nextInt(0x10000);
            });
        }
        return chars.toString();
    }
}
