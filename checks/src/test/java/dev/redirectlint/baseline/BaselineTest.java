package dev.redirectlint.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.Region;
import dev.redirectlint.api.Severity;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.RedirectLint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @TempDir
    Path base;

    private Path file() {
        return base.resolve("src/main/java/shop/OrderController.java");
    }

    private List<Finding> lint(String text) {
        return new RedirectLint(LintConfig.defaults()).lintSource(file(), text).findings();
    }

    private static final String ORIGINAL = """
            package shop;

            import org.springframework.stereotype.Controller;
            import org.springframework.web.bind.annotation.PostMapping;

            @Controller
            class OrderController {

                @PostMapping("/orders")
                String create(boolean ok) {
                    if (ok) {
                        return "redirect:/orders";
                    }
                    return "redirect:/orders";
                }

                @PostMapping("/cancel")
                String cancel() {
                    return "redirect:/cancelled";
                }
            }
            """;

    private Finding finding(String handlerBasis, int line) {
        return new Finding("non-get-302", Severity.WARNING, "m", file(), new Region(line, 1, line, 5, 0, 5),
                "A#b", "view", List.of(), List.of(), handlerBasis, null);
    }

    @Nested
    class Matching {

        @Test
        void acceptsEveryFindingItWasMadeFrom() {
            List<Finding> findings = lint(ORIGINAL);

            Baseline.Comparison comparison = Baseline.of(findings, base).compare(findings, base);

            assertThat(findings).hasSize(3);
            assertThat(comparison.known()).hasSize(3);
            assertThat(comparison.fresh()).isEmpty();
            assertThat(comparison.absent()).isEmpty();
        }

        @Test
        void keepsFindingsKnownWhenUnrelatedLinesAboveChange() {
            Baseline baseline = Baseline.of(lint(ORIGINAL), base);
            String edited = ORIGINAL.replace("class OrderController {\n", """
                    class OrderController {
                        // unrelated lines above the findings
                        private static final int LIMIT = 10;

                        @org.springframework.web.bind.annotation.GetMapping("/")
                        String home() {
                            return "home";
                        }
                    """);

            Baseline.Comparison comparison = baseline.compare(lint(edited), base);

            assertThat(comparison.fresh()).isEmpty();
            assertThat(comparison.known()).hasSize(3);
        }

        @Test
        void countsIdenticalFindingsSoOneMoreDuplicateIsNew() {
            Baseline baseline = Baseline.of(lint(ORIGINAL), base);
            String third = ORIGINAL.replace("        if (ok) {", """
                            if (!ok) {
                                return "redirect:/orders";
                            }
                            if (ok) {""");

            Baseline.Comparison comparison = baseline.compare(lint(third), base);

            assertThat(comparison.known()).hasSize(3);
            assertThat(comparison.fresh()).hasSize(1);
            assertThat(comparison.fresh().get(0).handler()).isEqualTo("OrderController#create");
            assertThat(comparison.fresh().get(0).region().startLine())
                    .as("the last of the identical findings is the new one").isEqualTo(17);
        }

        @Test
        void reportsEntriesThatMatchNothingAnyMore() {
            Baseline baseline = Baseline.of(lint(ORIGINAL), base);
            String fixed = ORIGINAL.replace("""
                            if (ok) {
                                return "redirect:/orders";
                            }
                    """, "").replace("return \"redirect:/cancelled\";", "return \"cancelled\";");

            Baseline.Comparison comparison = baseline.compare(lint(fixed), base);

            assertThat(comparison.known()).hasSize(1);
            assertThat(comparison.fresh()).isEmpty();
            assertThat(comparison.absent()).extracting(Baseline.Entry::handler, Baseline.Entry::count)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("OrderController#cancel()", 1),
                            org.assertj.core.groups.Tuple.tuple("OrderController#create(boolean)", 1));
        }

        @Test
        void treatsAChangedRedirectAsNewAndTheOldOneAsAbsent() {
            Baseline baseline = Baseline.of(lint(ORIGINAL), base);

            Baseline.Comparison comparison = baseline.compare(
                    lint(ORIGINAL.replace("redirect:/cancelled", "redirect:/gone")), base);

            assertThat(comparison.fresh()).extracting(Finding::handler).containsExactly("OrderController#cancel");
            assertThat(comparison.absent()).extracting(Baseline.Entry::expression)
                    .containsExactly("\"redirect:/cancelled\"");
        }

        @Test
        void knowsFindingsByIdentity() {
            Finding one = finding("A#b()\nx", 1);
            Finding two = finding("A#b()\ny", 2);
            Baseline.Comparison comparison = Baseline.of(List.of(one), base).compare(List.of(one, two), base);

            assertThat(comparison.isKnown(one)).isTrue();
            assertThat(comparison.isKnown(two)).isFalse();
        }
    }

    @Nested
    class File {

        @Test
        void writesSortedDiffFriendlyJsonForPeople() throws IOException {
            Path target = base.resolve(Baseline.DEFAULT_FILE_NAME);
            Baseline.of(lint(ORIGINAL), base).write(target);

            String text = Files.readString(target, StandardCharsets.UTF_8);

            assertThat(text).endsWith("}\n").doesNotContain("\r").doesNotContain("\"line\"");
            assertThat(text).contains("\"version\": 1", "\"fingerprints\": \"v1\"");
            assertThat(text.indexOf("OrderController#cancel()"))
                    .as("sorted by handler").isLessThan(text.indexOf("OrderController#create(boolean)"));
            assertThat(text).contains(String.join("\n",
                    "    {",
                    "      \"rule\": \"non-get-302\",",
                    "      \"file\": \"src/main/java/shop/OrderController.java\",",
                    "      \"handler\": \"OrderController#create(boolean)\",",
                    "      \"expression\": \"\\\"redirect:/orders\\\"\",",
                    "      \"fingerprint\": \""));
            assertThat(text).contains("\"count\": 2");
        }

        @Test
        void readsWhatItWrites() throws IOException {
            Path target = base.resolve(Baseline.DEFAULT_FILE_NAME);
            Baseline written = Baseline.of(lint(ORIGINAL), base);
            written.write(target);

            Baseline read = Baseline.read(target);

            assertThat(read.entries()).isEqualTo(written.entries());
            assertThat(read.size()).isEqualTo(3);
            assertThat(read.render()).isEqualTo(Files.readString(target));
        }

        @Test
        void sameFindingsGiveTheSameFile() {
            assertThat(Baseline.of(lint(ORIGINAL), base).render())
                    .isEqualTo(Baseline.of(lint(ORIGINAL.replace("\n\n    @PostMapping(\"/cancel\")",
                            "\n\n\n\n    @PostMapping(\"/cancel\")")), base).render());
        }

        @Test
        void refusesSomethingElseWithAClearMessage() throws IOException {
            Path notJson = Files.writeString(base.resolve("a.json"), "not json {");
            Path otherVersion = Files.writeString(base.resolve("b.json"),
                    "{\"version\": 7, \"fingerprints\": \"v1\", \"findings\": []}");
            Path badCount = Files.writeString(base.resolve("c.json"),
                    "{\"version\": 1, \"fingerprints\": \"v1\", \"findings\": [{\"fingerprint\": \"ab\", \"count\": 0}]}");

            assertThatThrownBy(() -> Baseline.read(notJson)).isInstanceOf(IOException.class)
                    .hasMessageContaining("is not a valid redirect-lint baseline")
                    .hasMessageContaining("mvn redirect-lint:baseline");
            assertThatThrownBy(() -> Baseline.read(otherVersion)).isInstanceOf(IOException.class)
                    .hasMessageContaining("version 7");
            assertThatThrownBy(() -> Baseline.read(badCount)).isInstanceOf(IOException.class)
                    .hasMessageContaining("count must be at least 1");
        }

        @Test
        void describesEntriesForLogLines() {
            Baseline.Entry entry = new Baseline.Entry("ab", 2, "non-get-302", "src/A.java", "A#b()", "\"redirect:/x\"");

            assertThat(entry.describe()).isEqualTo("src/A.java: [non-get-302] A#b() \"redirect:/x\" (2 times)");
        }
    }
}
