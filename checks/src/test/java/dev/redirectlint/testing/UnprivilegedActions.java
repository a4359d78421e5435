package dev.redirectlint.testing;

import dev.redirectlint.api.LintResult;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.ProjectSources;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.io.AtomicFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The actions the permission tests run in an {@link UnprivilegedJvm}: {@code lint <file>} prints each
 * processing error as {@code error: <reason>}; {@code write <file> <text>} replaces the file and prints
 * {@code written} or the exception.
 */
public final class UnprivilegedActions {

    private UnprivilegedActions() {}

    public static void main(String[] args) {
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "lint" -> {
                LintResult result = new RedirectLint(LintConfig.builder().threads(1).build())
                        .lint(ProjectSources.of(List.of(file)));
                result.errors().forEach(error -> System.out.println("error: " + error.reason()));
                System.out.println("findings: " + result.findings().size());
            }
            case "write" -> {
                try {
                    AtomicFiles.write(file, args[2], StandardCharsets.UTF_8);
                    System.out.println("written");
                } catch (Exception e) {
                    System.out.println("failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
