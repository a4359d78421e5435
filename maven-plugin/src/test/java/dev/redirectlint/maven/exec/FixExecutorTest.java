package dev.redirectlint.maven.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.maven.exec.LintExecutorTest.RecordingLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixExecutorTest {

    private static final String SERVLET = "package shop;\r\n\r\nimport jakarta.servlet.http.*;\r\n\r\n"
            + "public class LoginServlet extends HttpServlet {\r\n"
            + "\t@Override\r\n"
            + "\tprotected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\r\n"
            + "\t\tresp.sendRedirect(\"/home\"); // after login\r\n"
            + "\t}\r\n"
            + "}"; // no line break at the end

    private static final String CONTROLLER = """
            package shop;

            import org.springframework.stereotype.Controller;
            import org.springframework.web.bind.annotation.PostMapping;

            @Controller
            public class OrderController {
                @PostMapping("/orders")
                public String create() {
                    return "redirect:/orders";
                }
            }
            """;

    private static final String UNFIXABLE = """
            package shop;

            import org.springframework.stereotype.Controller;
            import org.springframework.web.bind.annotation.PostMapping;

            @Controller
            public class FormController {
                @PostMapping("/form")
                public String submit(boolean ok) {
                    return next(ok); // a redirect on some paths only: no edit at the return can tell them apart
                }

                private String next(boolean ok) {
                    return ok ? "redirect:/done" : "form";
                }
            }
            """;

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    /** @param servletVersion the jakarta.servlet-api version the project compiles against, or null */
    private FixRequest request(boolean dryRun, String servletVersion) {
        return new FixRequest(sources(project).build(), dryRun, project.resolve("target/redirect-lint.patch"),
                servletVersion == null ? Map.of() : Map.of("jakarta.servlet:jakarta.servlet-api", servletVersion));
    }

    /** The sources of the project in {@code directory}, UTF-8, as the fix goal's request names them. */
    private static LintRequest.Builder sources(Path directory) {
        return LintRequest.builder()
                .sourceRoots(List.of(directory.resolve("src/main/java")))
                .encoding("UTF-8")
                .sarifFile(directory.resolve("target/unused.sarif"))
                .projectDirectory(directory);
    }

    private Path write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** fix reads the files the homes name as check does ({@link LintExecutor#configFiles}): here Play's routes. */
    @Test
    void theFilesTheHomesNameReachTheFixAsTheyReachTheCheck() throws Exception {
        write("src/main/java/controllers/ShopController.java", """
                package controllers;

                import play.mvc.Controller;
                import play.mvc.Result;

                public class ShopController extends Controller {
                    public Result create() {
                        return found("/shop");
                    }
                }
                """);
        assertThat(new FixExecutor(new RecordingLog()).execute(request(true, null)).fixedFindings())
                .as("no routes file: no Play action").isZero();

        write("conf/routes", "POST /shop controllers.ShopController.create()\n");
        FixExecutor.Result result = new FixExecutor(log).execute(request(true, null));

        assertThat(result.fixedFindings()).isEqualTo(1);
        assertThat(result.patch()).contains("+++ b/src/main/java/controllers/ShopController.java");
    }

    @Test
    void dryRunChangesNothingAndItsPatchAppliesWithGit() throws Exception {
        Path servlet = write("src/main/java/shop/LoginServlet.java", SERVLET);
        Path controller = write("src/main/java/shop/OrderController.java", CONTROLLER);
        write("src/main/java/shop/FormController.java", UNFIXABLE);

        FixExecutor.Result result = new FixExecutor(log).execute(request(true, null));

        assertThat(Files.readString(servlet)).isEqualTo(SERVLET);
        assertThat(Files.readString(controller)).isEqualTo(CONTROLLER);
        assertThat(result.fixedFindings()).isEqualTo(2);
        Path patch = project.resolve("target/redirect-lint.patch");
        assertThat(patch).hasContent(result.patch());
        assertThat(result.patch()).contains("--- a/src/main/java/shop/LoginServlet.java",
                "+++ b/src/main/java/shop/OrderController.java", "+    @ResponseStatus(HttpStatus.SEE_OTHER)",
                "\\ No newline at end of file");
        assertThat(log.lines).contains("INFO +    @ResponseStatus(HttpStatus.SEE_OTHER)");
        assertThat(log.lines).anyMatch(l -> l.startsWith("WARN ") && l.contains("FormController#submit")
                && l.contains("Not fixed: no safe rewrite: the value returned at line 10 (next(ok)) is a redirect on some paths"
                + " only"));
        assertThat(log.lines).anyMatch(l -> l.startsWith("INFO redirect-lint: patch written to target/redirect-lint.patch;"
                + " apply it with: patch -p1 -d "));
        assertThat(log.lines).last().asString().isEqualTo("INFO redirect-lint: dry run, nothing changed: 2 fix(es) in 2"
                + " file(s); 1 finding(s) need a change by hand");

        git("init", "-q");
        git("apply", "--check", "target/redirect-lint.patch");
        git("apply", "target/redirect-lint.patch");

        // What git made of the patch is exactly what the fix goal writes.
        String patched = Files.readString(servlet);
        new FixExecutor(new RecordingLog()).execute(request(false, null));
        Files.writeString(servlet, SERVLET);
        new FixExecutor(new RecordingLog()).execute(request(false, null));
        assertThat(Files.readString(servlet)).isEqualTo(patched);
        assertThat(patched).endsWith("\t\tresp.setHeader(\"Location\", \"/home\"); // after login\r\n\t}\r\n}");
    }

    @Test
    void aPatchOfManyFixesInOneFileAppliesToWhatFixWrites() throws Exception {
        StringBuilder text = new StringBuilder("package shop;\n\nimport org.springframework.stereotype.Controller;\n"
                + "import org.springframework.web.bind.annotation.PostMapping;\n\n@Controller\npublic class Big {\n");
        for (int i = 0; i < 300; i++) {
            text.append("    @PostMapping(\"/a").append(i).append("\")\n    public String a").append(i)
                    .append("(boolean ok) {\n        return ok ? \"redirect:/x\" : \"form\";\n    }\n")
                    .append(i % 7 == 0 ? "\n    // a comment between handlers\n" : "\n");
        }
        Path big = write("src/main/java/shop/Big.java", text.append("}\n").toString());
        FixExecutor.Result dryRun = new FixExecutor(log).execute(request(true, null));
        assertThat(dryRun.fixedFindings()).isEqualTo(300);
        git("init", "-q");
        git("apply", "target/redirect-lint.patch");
        String patched = Files.readString(big);

        Files.writeString(big, text.toString());
        new FixExecutor(new RecordingLog()).execute(request(false, null));
        assertThat(Files.readString(big)).isEqualTo(patched).contains("public ModelAndView a299(boolean ok)");
    }

    @Test
    void aDryRunPatchOfALatin1ProjectIsInLatin1AndApplies() throws Exception {
        Path controller = project.resolve("src/main/java/shop/OrderController.java");
        Files.createDirectories(controller.getParent());
        String latin1 = CONTROLLER.replace("public class OrderController {", "public class OrderController { // caf\u00e9");
        Files.write(controller, latin1.getBytes(StandardCharsets.ISO_8859_1));
        LintRequest sources = sources(project).encoding("ISO-8859-1").build();
        Path patchFile = project.resolve("target/redirect-lint.patch");
        new FixExecutor(log).execute(new FixRequest(sources, true, patchFile, Map.of()));
        git("init", "-q");
        git("apply", "target/redirect-lint.patch");
        String patched = new String(Files.readAllBytes(controller), StandardCharsets.ISO_8859_1);
        assertThat(patched).contains("// caf\u00e9", "@ResponseStatus(HttpStatus.SEE_OTHER)");
    }

    @Test
    void fixWritesTheFilesAndASecondRunChangesNothing() throws Exception {
        Path servlet = write("src/main/java/shop/LoginServlet.java", SERVLET);
        write("src/main/java/shop/OrderController.java", CONTROLLER);

        FixExecutor.Result first = new FixExecutor(log).execute(request(false, "6.1.0"));
        assertThat(first.written()).hasSize(2);
        assertThat(Files.readString(servlet)).contains(
                "\t\tresp.sendRedirect(\"/home\", HttpServletResponse.SC_SEE_OTHER); // after login\r\n");
        assertThat(log.lines).last().asString().isEqualTo("INFO redirect-lint: 2 fix(es) applied in 2 file(s)");

        FixExecutor.Result second = new FixExecutor(new RecordingLog()).execute(request(false, "6.1.0"));
        assertThat(second.written()).isEmpty();
        assertThat(second.patch()).isEmpty();
        assertThat(second.plan().result().findings()).isEmpty();
    }

    @Test
    void aFailedWriteIsReportedAndLeavesTheFileAsItWas() throws Exception {
        Path controller = write("src/main/java/shop/OrderController.java", CONTROLLER);
        FixExecutor.Result result = new FixExecutor(log, (file, hash, bytes) -> {
            throw new IOException("read-only file system");
        }).execute(request(false, null));
        assertThat(result.written()).isEmpty();
        assertThat(result.failed()).singleElement().asString().contains("read-only file system");
        assertThat(log.lines).last().asString().isEqualTo("INFO redirect-lint: 0 fix(es) applied in 0 file(s); 1 fix(es)"
                + " in 1 file(s) not written");
        assertThat(Files.readString(controller)).isEqualTo(CONTROLLER);
        try (var files = Files.list(controller.getParent())) {
            assertThat(files).containsExactly(controller);
        }
    }

    @Test
    void aFileSavedWhileFixRunsIsNotWrittenWithStaleOffsets() throws Exception {
        Path controller = write("src/main/java/shop/OrderController.java", CONTROLLER);
        String saved = CONTROLLER.replace("public class", "/* an editor added a comment here */ public class");
        FixExecutor.Result result = new FixExecutor(log, (file, hash, bytes) -> {
            Files.writeString(file, saved); // the IDE saves between the analysis and the write
            dev.redirectlint.apply.SourceFixer.ATOMIC.write(file, hash, bytes);
        }).execute(request(false, null));
        assertThat(Files.readString(controller)).isEqualTo(saved);
        assertThat(result.written()).isEmpty();
        assertThat(log.lines).anyMatch(l -> l.startsWith("WARN ") && l.contains("OrderController.java changed while fix"
                + " ran"));
        assertThat(log.lines).last().asString().startsWith("INFO redirect-lint: 0 fix(es) applied in 0 file(s)");

        // Run again, it fixes the text as it is now.
        new FixExecutor(new RecordingLog()).execute(request(false, null));
        assertThat(Files.readString(controller)).contains("/* an editor added a comment here */",
                "@ResponseStatus(HttpStatus.SEE_OTHER)");
    }

    @Test
    void aPatchOfAModuleIsRelativeToTheGitWorkTreeAndAppliesFromThere() throws Exception {
        git("init", "-q");
        Path module = project.resolve("services/shop");
        Path controller = write("services/shop/src/main/java/shop/OrderController.java", CONTROLLER);
        LintRequest sources = sources(module).build();
        Path patchFile = module.resolve("target/redirect-lint.patch");
        FixExecutor.Result result = new FixExecutor(log).execute(new FixRequest(sources, true, patchFile, Map.of()));
        assertThat(result.patch()).contains("--- a/services/shop/src/main/java/shop/OrderController.java");
        String command = log.lines.stream().filter(l -> l.contains("apply it with: ")).findFirst().orElseThrow();
        assertThat(command).endsWith("git -C " + project.toAbsolutePath() + " apply " + patchFile.toAbsolutePath());

        git("apply", patchFile.toString());
        assertThat(Files.readString(controller)).contains("@ResponseStatus(HttpStatus.SEE_OTHER)");

        // Nothing left to fix: the old patch goes, and no empty one is written.
        new FixExecutor(log).execute(new FixRequest(sources, true, patchFile, Map.of()));
        assertThat(patchFile).doesNotExist();
        assertThat(log.lines).anyMatch(l -> l.contains("nothing to fix; the old patch target/redirect-lint.patch was removed"));
    }

    @Test
    void fixValidatesItsSettingsAsCheckDoes() throws Exception {
        write("src/main/java/shop/OrderController.java", CONTROLLER);
        LintRequest sources = sources(project).fileTimeout("soon").build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FixExecutor(log)
                        .execute(new FixRequest(sources, false, project.resolve("p.patch"), Map.of())))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("fileTimeout (redirect-lint.fileTimeout)");
        LintRequest absolute = sources(project).includes(List.of("/abs/**")).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FixExecutor(log)
                        .execute(new FixRequest(absolute, false, project.resolve("p.patch"), Map.of())))
                .hasMessageContaining("includes (redirect-lint.includes)");
    }

    private static final String APPLICATION = """
            package shop;

            import org.springframework.boot.autoconfigure.SpringBootApplication;

            @SpringBootApplication
            public class ShopApplication {
            }
            """;

    @Test
    void theProjectFixAddsOneSettingAndLeavesTheHandlersAlone() throws Exception {
        write("src/main/java/shop/ShopApplication.java", APPLICATION);
        Path controller = write("src/main/java/shop/OrderController.java", CONTROLLER);
        Path form = write("src/main/java/shop/web/FormController.java", UNFIXABLE.replace("package shop;", "package shop.web;"));
        Path servlet = write("src/main/java/shop/LoginServlet.java", SERVLET);
        FixRequest base = request(true, null);
        FixRequest dryRun = new FixRequest(base.sources(), true, base.patchFile(), Map.of(), List.of(), true);

        FixExecutor.Result planned = new FixExecutor(log).execute(dryRun);
        assertThat(planned.patch()).contains("new file mode 100644", "--- /dev/null",
                "+++ b/src/main/java/shop/SeeOtherRedirects.java", "+package shop;",
                "resolver.setPropertyValue(\"redirectHttp10Compatible\", false);");
        git("init", "-q");
        git("apply", "--check", "target/redirect-lint.patch");

        FixRequest apply = new FixRequest(base.sources(), false, base.patchFile(), Map.of(), List.of(), true);
        FixExecutor.Result result = new FixExecutor(new RecordingLog()).execute(apply);
        Path setting = project.resolve("src/main/java/shop/SeeOtherRedirects.java");
        assertThat(setting).exists();
        assertThat(Files.readString(controller)).isEqualTo(CONTROLLER);
        assertThat(Files.readString(form)).isEqualTo(UNFIXABLE.replace("package shop;", "package shop.web;"));
        assertThat(Files.readString(servlet)).isNotEqualTo(SERVLET); // not a view: fixed in its handler
        assertThat(result.written()).contains(setting);

        // Afterwards check sees the setting: no redirect: view is reported any more.
        FixExecutor.Result again = new FixExecutor(new RecordingLog()).execute(request(true, null));
        assertThat(again.plan().result().findings()).isEmpty();
    }

    @Test
    void theProjectFixWithoutAnApplicationClassSaysWhyAndFixesTheHandlers() throws Exception {
        Path controller = write("src/main/java/shop/OrderController.java", CONTROLLER);
        FixRequest base = request(false, null);
        new FixExecutor(log).execute(new FixRequest(base.sources(), false, base.patchFile(), Map.of(), List.of(), true));
        assertThat(log.lines).anyMatch(l -> l.startsWith("WARN redirect-lint: the project-level fix cannot be made: no"
                + " @SpringBootApplication or @EnableWebMvc class"));
        assertThat(Files.readString(controller)).contains("@ResponseStatus(HttpStatus.SEE_OTHER)");
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "core.autocrlf=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("git " + String.join(" ", args) + ":\n" + output).isZero();
    }
}
