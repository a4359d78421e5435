package dev.redirectlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.Severity;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run in a child JVM gives back exactly what the same run gives here. */
class ForkedRunTest {

    @TempDir
    Path dir;

    private final List<Path> files = new ArrayList<>();

    @Test
    void findingsErrorsAndNotesComeBackWhole() throws Exception {
        project();
        LintConfig config = LintConfig.builder().severity("non-get-302", Severity.ERROR).preferredStatus(307)
                .disabledRules(Set.of("redirect-without-location")).threads(1).build();
        ProjectSources sources = ProjectSources.of(files);

        LintResult here = new RedirectLint(config).lint(sources);
        LintResult forked = fork(List.of()).lint(config, sources);

        assertThat(here.findings()).hasSize(1);
        assertThat(forked.findings()).isEqualTo(here.findings());
        assertThat(forked.findings().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(forked.errors()).isEqualTo(here.errors()).hasSize(1);
        assertThat(forked.filesAnalyzed()).isEqualTo(here.filesAnalyzed());
    }

    @Test
    void theChildKeepsTheCacheForTheNextRun() throws Exception {
        project();
        ProjectSources sources = ProjectSources.of(files).withCache(dir.resolve("target/cache.bin"), dir);
        ForkedRun fork = fork(List.of());

        LintResult first = fork.lint(LintConfig.defaults(), sources);
        LintResult second = fork.lint(LintConfig.defaults(), sources);

        assertThat(second.findings()).isEqualTo(first.findings());
        assertThat(second.notes()).anyMatch(note -> note.contains("no file changed since the last run"));
    }

    @Test
    void aChildThatCannotStartIsReportedWithWhatItPrinted() throws Exception {
        project();
        ForkedRun fork = fork(List.of("-XX:NoSuchOption"));

        assertThatThrownBy(() -> fork.lint(LintConfig.defaults(), ProjectSources.of(files)))
                .isInstanceOf(ForkedRun.ForkException.class)
                .hasMessageContaining("exited with code 1")
                .hasMessageContaining("NoSuchOption");
    }

    private static ForkedRun fork(List<String> jvmArgs) {
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        return new ForkedRun(new ForkedRun.Options(ForkedRun.Options.currentJava(), jvmArgs, classpath));
    }

    private void project() throws Exception {
        write("shop/OrderController.java", """
                package shop;

                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                class OrderController {
                    @PostMapping("/orders")
                    String create() {
                        return "redirect:/orders";
                    }
                }
                """);
        write("shop/Broken.java", "package shop;\nclass Broken {\n  void x( {\n}\n");
    }

    private void write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        files.add(file);
    }
}
