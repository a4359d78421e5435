package dev.redirectlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.Severity;
import dev.redirectlint.rules.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedirectLintTest {

    private static final String CONTROLLER = """
            import org.springframework.stereotype.Controller;
            import org.springframework.web.bind.annotation.PostMapping;

            @Controller
            class C {
                @PostMapping("/a")
                String a() {
                \treturn "redirect:/x";
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void reportsExactPositionsAndOffsets() {
        FileResult result = new RedirectLint(LintConfig.defaults()).lintSource(Path.of("C.java"), CONTROLLER);
        Finding finding = result.findings().get(0);
        assertThat(finding.region().startLine()).isEqualTo(8);
        assertThat(finding.region().startColumn()).isEqualTo(13); // four spaces and a tab: five characters
        assertThat(finding.region().endColumn()).isEqualTo(25);
        assertThat(CONTROLLER.substring(finding.region().startOffset(), finding.region().endOffset()))
                .isEqualTo("\"redirect:/x\"");
        assertThat(finding.handler()).isEqualTo("C#a");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void findingsCarryTheirMessageKeyAndArgumentsForOtherMessageRenderers() {
        String source = """
                import org.springframework.http.HttpStatus;
                import org.springframework.http.ResponseEntity;
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;
                import org.springframework.web.bind.annotation.RequestMapping;

                @Controller
                class C {
                    @PostMapping("/a")
                    String a() { return "redirect:/x"; }

                    @RequestMapping("/b")
                    String b() { return "redirect:/y"; }

                    @PostMapping("/c")
                    ResponseEntity<Void> c() { return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).build(); }
                }
                """;
        List<Finding> findings = new RedirectLint(LintConfig.defaults()).lintSource(Path.of("C.java"), source).findings();

        assertThat(findings).extracting(Finding::ruleId)
                .containsExactly("non-get-302", "any-method-302", "non-get-301", "redirect-without-location");
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.messageKey()).isEqualTo(finding.ruleId());
            assertThat(finding.messageArgs()).hasSize(5);
            assertThat(finding.messageArgs().get(0)).isEqualTo(finding.handler());
            assertThat(finding.messageArgs().get(2)).isEqualTo(finding.mechanism());
            assertThat(finding.message())
                    .isEqualTo(Messages.format(finding.messageKey(), finding.messageArgs().toArray()));
        });
        assertThat(findings.get(0).messageArgs().get(1)).isEqualTo("POST");
        assertThat(findings.get(0).messageArgs().get(3)).contains("303 See Other");
        assertThat(findings.get(0).messageArgs().get(4)).contains("307 Temporary Redirect");
        assertThat(findings.get(3).messageArgs().get(3)).isEqualTo("301 Moved Permanently");
    }

    @Test
    void offsetsCountAByteOrderMarkAndCrlf() {
        String text = "\uFEFF" + CONTROLLER.replace("\n", "\r\n");
        Finding finding = new RedirectLint(LintConfig.defaults()).lintSource(Path.of("C.java"), text).findings().get(0);
        assertThat(finding.region().startLine()).isEqualTo(8);
        assertThat(text.substring(finding.region().startOffset(), finding.region().endOffset()))
                .isEqualTo("\"redirect:/x\"");
    }

    @Test
    void aFileThatDoesNotParseIsReportedAndTheOthersAreStillAnalysed() throws Exception {
        Path good = write("Good.java", CONTROLLER);
        Path broken = write("Broken.java", "class Broken {\n  void m( {\n}\n");
        LintResult result = new RedirectLint(LintConfig.defaults()).lintFiles(List.of(broken, good));
        assertThat(result.findings()).hasSize(1);
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(broken);
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.reason()).startsWith("syntax error");
        });
        assertThat(result.filesAnalyzed()).isEqualTo(2);
    }

    @Test
    void aFileInAnotherEncodingIsAClearError() throws Exception {
        Path latin1 = dir.resolve("Latin1.java");
        Files.write(latin1, "class L { String s = \"caf\u00e9\"; }".getBytes(StandardCharsets.ISO_8859_1));
        LintResult result = new RedirectLint(LintConfig.defaults()).lintFiles(List.of(latin1));
        assertThat(result.errors()).singleElement()
                .satisfies(error -> assertThat(error.reason()).contains("not valid UTF-8"));
        LintResult decoded = new RedirectLint(LintConfig.builder().encoding(StandardCharsets.ISO_8859_1).build())
                .lintFiles(List.of(latin1));
        assertThat(decoded.errors()).isEmpty();
    }

    @Test
    void parsesModernJava() {
        String modern = """
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                class C {
                    record Form(String name) { }
                    sealed interface Shape permits Circle { }
                    record Circle(int r) implements Shape { }

                    @PostMapping("/a")
                    String a(Object o) {
                        if (o instanceof Form(String name) && !name.isBlank()) {
                            return "redirect:/" + name;
                        }
                        return switch (o) {
                            case Circle c when c.r() > 1 -> "big";
                            default -> "small";
                        };
                    }
                }
                """;
        FileResult result = new RedirectLint(LintConfig.defaults()).lintSource(Path.of("C.java"), modern);
        assertThat(result.error()).isEmpty();
        assertThat(result.findings()).hasSize(1);
    }

    @Test
    void configurationSelectsRulesSeveritiesAndRejectsUnknownIds() {
        LintConfig config = LintConfig.builder()
                .disabledRules(List.of("non-get-302"))
                .severity("any-method-302", Severity.ERROR)
                .build();
        assertThat(config.isEnabled("non-get-302")).isFalse();
        assertThat(config.severityOf("any-method-302")).isEqualTo(Severity.ERROR);
        assertThat(new RedirectLint(config).lintSource(Path.of("C.java"), CONTROLLER).findings()).isEmpty();

        assertThatThrownBy(() -> LintConfig.builder().rules(List.of("non-get-303")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown rule id 'non-get-303' in rules")
                .hasMessageContaining("known rule ids: non-get-302, any-method-302, non-get-301, redirect-without-location");
        assertThatThrownBy(() -> LintConfig.builder().preferredStatus(302))
                .hasMessageContaining("preferredStatus must be 303 (See Other) or 307 (Temporary Redirect), not 302");
        assertThatThrownBy(() -> Severity.parse("fatal")).hasMessageContaining("use one of: error, warning, info");
    }

    @Test
    void analysesFilesInParallelWithTheSameResultAsSequentially() throws Exception {
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            files.add(write("C" + i + ".java", CONTROLLER.replace("class C", "class C" + i)));
        }
        LintResult parallel = new RedirectLint(LintConfig.builder().threads(4).build()).lintFiles(files);
        LintResult sequential = new RedirectLint(LintConfig.builder().threads(1).build()).lintFiles(files);
        assertThat(parallel.findings()).hasSize(20).isEqualTo(sequential.findings());
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
