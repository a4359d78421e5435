package dev.redirectlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.Region;
import dev.redirectlint.api.Severity;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.RedirectLint;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fingerprints come from rule, file, handler signature and redirect expression, never from lines. */
class FingerprintsTest {

    private static final Path BASE = Path.of("/repo").toAbsolutePath();
    private static final Path FILE = BASE.resolve("src/main/java/shop/OrderController.java");

    private static final String CONTROLLER = """
            package shop;

            import org.springframework.stereotype.Controller;
            import org.springframework.web.bind.annotation.PostMapping;

            @Controller
            class OrderController {
            %s
                @PostMapping("/orders")
                String create(String order) {
                    return "redirect:/orders";
                }

                @PostMapping("/orders/bulk")
                String create(String order, int count) {
                    return "redirect:/orders";
                }
            }
            """;

    private static List<Finding> lint(String text) {
        return new RedirectLint(LintConfig.defaults()).lintSource(FILE, text).findings();
    }

    private static List<String> fingerprints(String text) {
        return lint(text).stream().map(f -> Fingerprints.of(f, BASE)).toList();
    }

    @Test
    void engineFillsSignatureAndNormalisedExpression() {
        List<Finding> findings = lint(CONTROLLER.formatted(""));

        assertThat(findings).extracting(Finding::fingerprintBasis).containsExactly(
                "OrderController#create(String)\n\"redirect:/orders\"",
                "OrderController#create(String, int)\n\"redirect:/orders\"");
        assertThat(findings.get(0).handlerRegion().startLine()).isEqualTo(9);
        assertThat(findings.get(0).handlerRegion().endLine()).isEqualTo(12);
    }

    @Test
    void survivesLinesAddedAboveAndReindentation() {
        List<String> before = fingerprints(CONTROLLER.formatted(""));
        String shifted = CONTROLLER.formatted("""
                    // a new comment
                    private final String unrelated = "x";

                    @org.springframework.web.bind.annotation.GetMapping("/")
                    String home() { return "home"; }
                """).replace("        return \"redirect:/orders\";", "            return   \"redirect:/orders\";");

        List<Finding> after = lint(shifted);

        assertThat(after.get(0).region().startLine()).isNotEqualTo(lint(CONTROLLER.formatted("")).get(0)
                .region().startLine());
        assertThat(after.stream().map(f -> Fingerprints.of(f, BASE)).toList()).isEqualTo(before);
    }

    @Test
    void tellsOverloadsAndExpressionsApart() {
        List<String> fingerprints = fingerprints(CONTROLLER.formatted(""));
        String otherTarget = fingerprints(CONTROLLER.formatted("").replaceFirst("redirect:/orders", "redirect:/done"))
                .get(0);

        assertThat(fingerprints.get(0)).isNotEqualTo(fingerprints.get(1));
        assertThat(otherTarget).isNotEqualTo(fingerprints.get(0));
        assertThat(fingerprints.get(0)).matches("[0-9a-f]{32}");
    }

    @Test
    void dependsOnTheRuleAndTheRelativePath() {
        Finding finding = lint(CONTROLLER.formatted("")).get(0);
        Finding moved = new Finding(finding.ruleId(), finding.severity(), finding.message(),
                BASE.resolve("src/main/java/shop/Other.java"), finding.region(), finding.handler(), finding.mechanism(),
                finding.related(), finding.fixes(), finding.fingerprintBasis(), finding.handlerRegion());
        Finding otherRule = new Finding("non-get-301", finding.severity(), finding.message(), FILE, finding.region(),
                finding.handler(), finding.mechanism(), finding.related(), finding.fixes(), finding.fingerprintBasis(),
                finding.handlerRegion());

        assertThat(Fingerprints.of(moved, BASE)).isNotEqualTo(Fingerprints.of(finding, BASE));
        assertThat(Fingerprints.of(otherRule, BASE)).isNotEqualTo(Fingerprints.of(finding, BASE));
        assertThat(Fingerprints.of(finding, Path.of("/elsewhere").toAbsolutePath()))
                .as("relative to another base, the path and so the fingerprint differ")
                .isNotEqualTo(Fingerprints.of(finding, BASE));
        assertThat(Fingerprints.relativePath(FILE, BASE)).isEqualTo("src/main/java/shop/OrderController.java");
    }

    @Test
    void numbersIdenticalFindingsInOrder() {
        String twice = """
                package shop;

                @org.springframework.stereotype.Controller
                class OrderController {
                    @org.springframework.web.bind.annotation.PostMapping("/orders")
                    String create(boolean ok) {
                        if (ok) {
                            return "redirect:/orders";
                        }
                        return "redirect:/orders";
                    }
                }
                """;
        List<Finding> findings = lint(twice);

        Map<Finding, Fingerprints.Occurrence> occurrences = Fingerprints.occurrences(findings, BASE);

        assertThat(findings).hasSize(2);
        assertThat(occurrences.get(findings.get(0)).fingerprint())
                .isEqualTo(occurrences.get(findings.get(1)).fingerprint());
        assertThat(occurrences.get(findings.get(0)).occurrence()).isEqualTo(1);
        assertThat(occurrences.get(findings.get(1)).occurrence()).isEqualTo(2);
        assertThat(occurrences.get(findings.get(1))).hasToString(occurrences.get(findings.get(1)).fingerprint() + ":2");
    }

    @Test
    void fallsBackToHandlerAndMechanismWithoutABasis() {
        Finding plain = new Finding("non-get-302", Severity.WARNING, "m", FILE, new Region(3, 1, 3, 2, 10, 12),
                "A#b", "a \"redirect:\" view name", List.of(), List.of());
        Finding elsewhere = new Finding("non-get-302", Severity.WARNING, "m", FILE, new Region(30, 1, 30, 2, 99, 101),
                "A#b", "a \"redirect:\" view name", List.of(), List.of());

        assertThat(Fingerprints.of(plain, BASE)).isEqualTo(Fingerprints.of(elsewhere, BASE));
    }
}
