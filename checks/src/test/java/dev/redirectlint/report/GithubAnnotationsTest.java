package dev.redirectlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.Region;
import dev.redirectlint.api.Severity;
import dev.redirectlint.report.GithubAnnotations.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

    private static final Path WORKSPACE = Path.of("/home/runner/work/shop").toAbsolutePath();
    private static final Path FILE = WORKSPACE.resolve("src/main/java/shop/OrderController.java");

    private static Finding finding(Severity severity, int line, String message) {
        return new Finding("non-get-302", severity, message, FILE, new Region(line, 16, line, 33, 0, 18),
                "OrderController#create", "view", List.of(), List.of());
    }

    private static List<String> lines(List<Finding> findings) {
        return new GithubAnnotations(WORKSPACE).lines(findings, List.of());
    }

    @Nested
    class Escaping {

        @Test
        void escapesPercentAndLineBreaksInTheMessage() {
            assertThat(GithubAnnotations.escapeData("100% done\r\nnext\nline: a, b"))
                    .isEqualTo("100%25 done%0D%0Anext%0Aline: a, b");
        }

        @Test
        void alsoEscapesColonAndCommaInProperties() {
            assertThat(GithubAnnotations.escapeProperty("a:b,c%d\ne")).isEqualTo("a%3Ab%2Cc%25d%0Ae");
        }

        @Test
        void showsTerminalControlsAndBidiOverridesAsEscapes() {
            assertThat(GithubAnnotations.escapeData("reset\u001Bc bell\u0007 \u202Eevil\u202C zero\u200Bwidth\tTab"))
                    .isEqualTo("reset\\u001Bc bell\\u0007 \\u202Eevil\\u202C zero\\u200Bwidth\tTab");
            assertThat(GithubAnnotations.escapeProperty("src/A\u202E.java")).isEqualTo("src/A\\u202E.java");
        }

        @Test
        void escapesPercentFirstSoEscapesAreNotEscapedTwice() {
            assertThat(GithubAnnotations.escapeData("%0A")).isEqualTo("%250A");
        }

        @Test
        void buildsTheCommandWithEscapedPropertiesAndMessage() {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("file", "src/a,b.java");
            properties.put("title", "redirect-lint: non-get-302");

            assertThat(GithubAnnotations.command(Type.WARNING, properties, "x: 50%\ny"))
                    .isEqualTo("::warning file=src/a%2Cb.java,title=redirect-lint%3A non-get-302::x: 50%25%0Ay");
        }
    }

    @Test
    void annotatesAFindingWithRepositoryPathRangeAndTitle() {
        List<String> lines = lines(List.of(finding(Severity.WARNING, 11, "OrderController#create accepts POST")));

        assertThat(lines).containsExactly("::warning file=src/main/java/shop/OrderController.java,line=11,endLine=11,"
                + "col=16,endColumn=33,title=redirect-lint non-get-302::OrderController#create accepts POST");
    }

    @Test
    void leavesColumnsOutOfAnAnnotationOverSeveralLines() {
        Finding multiLine = new Finding("non-get-302", Severity.ERROR, "m", FILE, new Region(5, 9, 7, 3, 0, 40),
                "A#b", "view", List.of(), List.of());

        assertThat(lines(List.of(multiLine))).containsExactly(
                "::error file=src/main/java/shop/OrderController.java,line=5,endLine=7,title=redirect-lint non-get-302::m");
    }

    @Test
    void mapsSeveritiesToErrorWarningAndNoticeMostSevereFirst() {
        List<String> lines = lines(List.of(finding(Severity.INFO, 1, "i"), finding(Severity.WARNING, 2, "w"),
                finding(Severity.ERROR, 3, "e")));

        assertThat(lines).extracting(line -> line.substring(0, line.indexOf(' ')))
                .containsExactly("::error", "::warning", "::notice");
    }

    @Test
    void annotatesFilesThatCouldNotBeAnalysedAsErrors() {
        ProcessingError error = new ProcessingError(WORKSPACE.resolve("src/Broken.java"), 5, 3,
                "syntax error: Parse error. Found \"}\", expected one of \",\"");

        List<String> lines = new GithubAnnotations(WORKSPACE).lines(List.of(), List.of(error));

        assertThat(lines).containsExactly("::error file=src/Broken.java,line=5,col=3,title=redirect-lint%3A file not"
                + " analysed::syntax error: Parse error. Found \"}\", expected one of \",\"");
    }

    @Test
    void showsAtMostTenOfEachTypeAndSummarisesTheRest() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            findings.add(finding(Severity.WARNING, i, "w" + i));
        }
        findings.add(finding(Severity.INFO, 50, "i"));

        List<String> lines = lines(findings);

        assertThat(lines).filteredOn(l -> l.startsWith("::warning ")).hasSize(10)
                .last().asString().endsWith("::w10");
        assertThat(lines).filteredOn(l -> l.startsWith("::notice ")).hasSize(1);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("redirect-lint: 3 warnings not shown as annotations: GitHub"
                + " shows at most 10 annotations of each type per step. Every finding is listed in this log and in the"
                + " SARIF log.");
    }

    @Test
    void choosesTheSameAnnotationsWhateverOrderTheModulesFinishIn() {
        List<Finding> twelve = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            twelve.add(finding(Severity.WARNING, i, "w" + i));
        }
        List<Finding> shuffled = new ArrayList<>(twelve);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));

        List<String> inOrder = lines(twelve);

        assertThat(lines(shuffled)).isEqualTo(inOrder);
        assertThat(inOrder).filteredOn(l -> l.startsWith("::warning ")).hasSize(10)
                .allMatch(l -> !l.contains("line=11,") && !l.contains("line=12,"));
        assertThat(inOrder.get(inOrder.size() - 1)).startsWith("redirect-lint: 2 warnings not shown as annotations");
    }

    @Test
    void keepsAbsolutePathsOutsideTheWorkspace() {
        Path outside = Path.of("/tmp/Elsewhere.java").toAbsolutePath();
        Finding finding = new Finding("non-get-302", Severity.WARNING, "m", outside, new Region(1, 1, 1, 1, 0, 1),
                "A#b", "view", List.of(), List.of());

        assertThat(lines(List.of(finding)).get(0)).startsWith("::warning file=" + outside.toString().replace(":", "%3A")
                + ",line=1");
    }
}
