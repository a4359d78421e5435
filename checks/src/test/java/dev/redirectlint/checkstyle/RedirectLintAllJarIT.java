package dev.redirectlint.checkstyle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "all" jar the way an IDE plug-in or a command line loads a third-party checks jar: a separate JVM
 * runs Checkstyle's {@code Main} with a configuration file, and its class path holds only the "all" jar and
 * Checkstyle with its own dependencies. Runs after {@code package} (failsafe), which builds the jar.
 */
class RedirectLintAllJarIT {

    private static final Path ALL_JAR = Path.of(System.getProperty("redirectlint.allJar", "target/missing-all.jar"));

    private static final String CONFIG = """
            <?xml version="1.0"?>
            <!DOCTYPE module PUBLIC "-//Checkstyle//DTD Checkstyle Configuration 1.3//EN"
                "https://checkstyle.org/dtds/configuration_1_3.dtd">
            <module name="Checker">
              <module name="RedirectLint">
                <property name="ruleSeverities" value="any-method-302=warning"/>
              </module>
            </module>
            """;

    private static final String CONTROLLER = """
            package shop;

            import org.springframework.stereotype.Controller;
            import org.springframework.web.bind.annotation.PostMapping;
            import org.springframework.web.bind.annotation.RequestMapping;

            @Controller
            class OrderController {
                @PostMapping("/orders")
                String create() {
            \t\treturn "redirect:/orders";
                }

                @RequestMapping("/orders/clear")
                String clear() {
                    return "redirect:/orders";
                }
            }
            """;

    @TempDir
    Path dir;

    private record Run(int exitCode, List<String> out, String err) {}

    @Test
    void checkstylesCommandLineRunsTheCheckFromTheAllJarAlone() throws Exception {
        Path config = write("checkstyle.xml", CONFIG);
        Path source = write("OrderController.java", CONTROLLER);

        Run run = checkstyle("-c", config.toString(), source.toString());

        assertThat(run.out()).containsExactly(
                "Starting audit...",
                "[ERROR] " + source + ":11:24: OrderController#create accepts POST but answers 302 Found through a "
                        + "\"redirect:\" view name; after a 302 a client may repeat the request as a GET, or may not. "
                        + "Fix: annotate the handler with @ResponseStatus(HttpStatus.SEE_OTHER) (303 See Other: the "
                        + "client follows with a GET, Post/Redirect/Get); or annotate the handler with "
                        + "@ResponseStatus(HttpStatus.TEMPORARY_REDIRECT) (307 Temporary Redirect: the client repeats "
                        + "the request with its method and body). [RedirectLint]",
                "[WARN] " + source + ":16:16: OrderController#clear accepts every HTTP method and answers 302 Found "
                        + "through a \"redirect:\" view name; a POST, PUT, PATCH or DELETE sent to it may be repeated as "
                        + "a GET. Fix: annotate the handler with @ResponseStatus(HttpStatus.SEE_OTHER) (303 See Other: "
                        + "the client follows with a GET, Post/Redirect/Get); or annotate the handler with "
                        + "@ResponseStatus(HttpStatus.TEMPORARY_REDIRECT) (307 Temporary Redirect: the client repeats "
                        + "the request with its method and body). [RedirectLint]",
                "Audit done.");
        assertThat(run.err()).contains("Checkstyle ends with 1 errors.");
        assertThat(run.exitCode()).as("Checkstyle's exit code: the number of errors").isEqualTo(1);
    }

    @Test
    void aFileThatDoesNotParseStopsCheckstyleNamingTheFileAndTheReason() throws Exception {
        Path config = write("checkstyle.xml", CONFIG);
        Path broken = write("Broken.java", "class Broken {\n    void m( {\n    }\n}\n");

        Run run = checkstyle("-c", config.toString(), broken.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err())
                .contains("CheckstyleException: Exception was thrown while processing " + broken)
                .contains("Caused by: com.puppycrawl.tools.checkstyle.api.CheckstyleException: RedirectLint cannot parse "
                        + broken + ":[2,11] syntax error: Parse error.");
    }

    @Test
    void theAllJarHoldsTheChecksAndRelocatedDependenciesButNoCheckstyle() throws Exception {
        List<String> classes = new ArrayList<>();
        try (JarFile jar = new JarFile(ALL_JAR.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (entry.getName().endsWith(".class")) {
                    classes.add(entry.getName());
                }
            }
            assertThat(jar.getEntry("checkstyle_packages.xml")).as("checkstyle_packages.xml at the root").isNotNull();
            assertThat(new String(jar.getInputStream(jar.getEntry("plugin.xml")).readAllBytes(), StandardCharsets.UTF_8))
                    .contains("point=\"net.sf.eclipsecs.core.checkstyleAddonProvider\"");
            Manifest manifest = jar.getManifest();
            assertThat(manifest.getMainAttributes().getValue("Bundle-SymbolicName"))
                    .isEqualTo("dev.redirectlint.checks;singleton:=true");
            assertThat(manifest.getMainAttributes().getValue("Bundle-Version")).matches("\\d+\\.\\d+\\.\\d+(\\.[\\w-]+)?");
            assertThat(manifest.getMainAttributes().getValue("Require-Bundle")).isEqualTo("net.sf.eclipsecs.checkstyle");
        }
        assertThat(classes).allMatch(name -> name.startsWith("dev/redirectlint/"), "every class under dev/redirectlint")
                .contains("dev/redirectlint/checkstyle/RedirectLintCheck.class")
                .anyMatch(name -> name.startsWith("dev/redirectlint/shaded/javaparser/"))
                .anyMatch(name -> name.startsWith("dev/redirectlint/shaded/gson/"))
                .anyMatch(name -> name.startsWith("dev/redirectlint/shaded/snakeyaml/"));
    }

    private Run checkstyle(String... arguments) throws IOException, InterruptedException {
        String checkstyleClasspath = Files.readString(Path.of(System.getProperty("redirectlint.checkstyleClasspath"))).trim();
        assertThat(checkstyleClasspath).contains("checkstyle-" + System.getProperty("redirectlint.checkstyle.version") + ".jar");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", ALL_JAR + File.pathSeparator + checkstyleClasspath,
                "com.puppycrawl.tools.checkstyle.Main"));
        command.addAll(List.of(arguments));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("Checkstyle finished").isTrue();
        return new Run(process.exitValue(), Files.readAllLines(out), Files.readString(err));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
