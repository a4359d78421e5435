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
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
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

    /** A home's library version reaches its remedy in the child: spring-webmvc 5.3.13 gets no ModelAndView fix. */
    @Test
    void theLibraryVersionsReachTheChildsRemedies() throws Exception {
        write("shop/FormController.java", """
                package shop;

                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                class FormController {
                    @PostMapping("/form")
                    String submit(boolean ok) {
                        return ok ? "redirect:/done" : "form";
                    }
                }
                """);
        ProjectSources sources = ProjectSources.of(files);
        ForkedRun fork = fork(List.of());
        for (String version : List.of("5.3.13", "5.3.14")) {
            LintConfig config = LintConfig.builder().libraryVersion("org.springframework:spring-webmvc", version)
                    .threads(1).build();

            LintResult here = new RedirectLint(config).lint(sources);
            LintResult forked = fork.lint(config, sources);

            assertThat(forked.findings()).as(version).isEqualTo(here.findings()).hasSize(1);
            assertThat(forked.findings().get(0).fixes().stream()
                    .anyMatch(fix -> fix.description().startsWith("Return a ModelAndView"))).as(version)
                    .isEqualTo(version.equals("5.3.14"));
        }
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

    /** The child boots while the sources are listed: started first, it is handed them when they are known. */
    @Test
    void aChildStartedBeforeTheSourcesAreKnownAnalysesThem() throws Exception {
        ForkedRun fork = fork(List.of());
        LintResult forked;
        try (ForkedRun.Child child = fork.start()) {
            project();
            forked = fork.lint(LintConfig.defaults(), ProjectSources.of(files), child);
            assertThat(child.isRunning()).isFalse();
        }

        LintResult here = new RedirectLint(LintConfig.defaults()).lint(ProjectSources.of(files));
        assertThat(forked.findings()).isEqualTo(here.findings()).hasSize(1);
        assertThat(forked.errors()).isEqualTo(here.errors());
    }

    @Test
    void aChildTheCacheMakesNeedlessIsCalledOff() throws Exception {
        project();
        ProjectSources sources = ProjectSources.of(files).withCache(dir.resolve("target/cache.bin"), dir);
        ForkedRun fork = fork(List.of());
        LintResult first = fork.lint(LintConfig.defaults(), sources);

        ForkedRun.Child child = fork.start();
        LintResult second = fork.lint(LintConfig.defaults(), sources, child);
        child.close();

        assertThat(second.findings()).isEqualTo(first.findings());
        assertThat(second.notes()).anyMatch(note -> note.contains("no file changed since the last run"));
        assertThat(child.isRunning()).isFalse();
        assertThat(child.exitCode()).isZero();
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

    @Test
    void theFirstForkWritesAClassArchiveThatLaterForksMap() throws Exception {
        project();
        Path build = dir.resolve("build");
        ForkedRun fork = new ForkedRun(new ForkedRun.Options(ForkedRun.Options.currentJava(), List.of(), jars(),
                Optional.of(build)));

        LintResult first = fork.lint(LintConfig.defaults(), ProjectSources.of(files));
        List<String> written;
        try (Stream<Path> listed = Files.list(build)) {
            written = listed.map(file -> file.getFileName().toString()).toList();
        }
        LintResult second = fork.lint(LintConfig.defaults(), ProjectSources.of(files));

        assertThat(written).singleElement().asString().startsWith("redirect-lint-classes-").endsWith(".jsa");
        assertThat(second.findings()).isEqualTo(first.findings()).hasSize(1);
        // A JVM that cannot map or write its archive says so, and what a fork prints becomes a note.
        assertThat(first.notes()).noneMatch(note -> note.contains("forked JVM printed"));
        assertThat(second.notes()).noneMatch(note -> note.contains("forked JVM printed"));
    }

    @Test
    void aDirectoryThatCannotBeMadeMeansAForkWithoutAnArchive() throws Exception {
        project();
        Path notADirectory = Files.writeString(dir.resolve("a-file"), "");
        ForkedRun fork = new ForkedRun(new ForkedRun.Options(ForkedRun.Options.currentJava(), List.of(), jars(),
                Optional.of(notADirectory.resolve("classes"))));

        LintResult result = fork.lint(LintConfig.defaults(), ProjectSources.of(files));

        assertThat(result.findings()).hasSize(1);
        assertThat(result.notes()).noneMatch(note -> note.contains("forked JVM printed"));
    }

    @Test
    void aClassDirectoryOnTheClassPathMeansNoArchive() {
        ForkedRun.Options options = new ForkedRun.Options(ForkedRun.Options.currentJava(), List.of(),
                List.of(dir), Optional.of(dir.resolve("build")));

        assertThat(options.archive()).isEmpty();
    }

    /** The engine as a jar, and its dependencies: the JVM archives classes of jars only, as the plugin's are. */
    private List<Path> jars() throws Exception {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isRegularFile(path)) {
                jars.add(path);
            } else if (Files.isDirectory(path.resolve("dev/redirectlint/engine"))
                    && Files.exists(path.resolve("dev/redirectlint/engine/ForkedRunMain.class"))) {
                jars.add(jar(path, dir.resolve("engine.jar")));
            }
        }
        return jars;
    }

    private static Path jar(Path classes, Path jar) throws Exception {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
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
