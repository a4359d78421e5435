package dev.redirectlint.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor as the client: headless Neovim starts the packaged server jar, opens a controller, waits for
 * the diagnostics, applies "Use 303 See Other" from the code actions and writes the buffer
 * ({@code src/test/nvim/apply-fix.lua}); the file on disk must be the fixed one. Without {@code nvim} on the
 * PATH the test is skipped, saying so, except in CI ({@code CI=true}), where {@code .ci/run} installs it.
 */
class NeovimIT {

    private static final String BEFORE = """
            package shop;

            import org.springframework.stereotype.Controller;
            import org.springframework.web.bind.annotation.PostMapping;

            @Controller
            class PaymentController {
                @PostMapping("/pay")
                String pay() {
                    return "redirect:/receipt";
                }
            }
            """;

    private static final String AFTER = """
            package shop;

            import org.springframework.http.HttpStatus;
            import org.springframework.stereotype.Controller;
            import org.springframework.web.bind.annotation.PostMapping;
            import org.springframework.web.bind.annotation.ResponseStatus;

            @Controller
            class PaymentController {
                @ResponseStatus(HttpStatus.SEE_OTHER)
                @PostMapping("/pay")
                String pay() {
                    return "redirect:/receipt";
                }
            }
            """;

    @TempDir
    Path project;

    @Test
    void neovimAppliesTheSeeOtherFixAndWritesTheFile() throws Exception {
        Path nvim = onPath("nvim");
        if (nvim == null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("nvim is not on the PATH; .ci/run installs Debian's neovim package");
        }
        assumeTrue(nvim != null, "nvim is not on the PATH: the Neovim test is skipped (apt-get install neovim)");
        Path jar = Path.of(System.getProperty("server.jar"));
        Path source = project.resolve("src/main/java/shop/PaymentController.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, BEFORE);
        Path transcript = project.resolve("transcript.txt");

        ProcessBuilder builder = new ProcessBuilder(nvim.toString(), "--headless", "--clean", "-c",
                "luafile " + Path.of("src/test/nvim/apply-fix.lua").toAbsolutePath());
        builder.environment().put("RL_SERVER_JAR", jar.toString());
        builder.environment().put("RL_FILE", source.toString());
        builder.environment().put("RL_ROOT", project.toString());
        builder.environment().put("RL_TRANSCRIPT", transcript.toString());
        builder.environment().put("RL_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.redirectErrorStream(true).redirectOutput(project.resolve("nvim.out").toFile());
        Process process = builder.start();
        boolean ended = process.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String seen = Files.exists(transcript) ? Files.readString(transcript) : "(no transcript)";
        // Kept for people: the session as Neovim saw it.
        Files.copy(transcript, Path.of("target/neovim-transcript.txt"), StandardCopyOption.REPLACE_EXISTING);

        assertThat(ended).as("Neovim ended; transcript:\n" + seen).isTrue();
        assertThat(process.exitValue()).as("Neovim's exit code; transcript:\n" + seen).isZero();
        assertThat(seen).contains("diagnostic 10:16 redirect-lint [non-get-302] PaymentController#pay accepts POST")
                .contains("code action: Use 303 See Other (preferred)")
                .contains("applied: Use 303 See Other");
        assertThat(Files.readString(source)).isEqualTo(AFTER);
    }

    private static Path onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
