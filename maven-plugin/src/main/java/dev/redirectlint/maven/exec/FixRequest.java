package dev.redirectlint.maven.exec;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What one run of the fix goal needs, with no Maven types: which files and rules (the same settings as
 * {@link LintRequest}), whether to write the files or only a patch, and what the project compiles against.
 *
 * @param sources the files, rules, preferred status and encoding, as for a check; its SARIF settings are unused
 * @param dryRun true to change nothing and write {@code patchFile} instead
 * @param patchFile where the dry run writes its unified diff
 * @param servletApiVersion the {@code jakarta.servlet:jakarta.servlet-api} version the project declares,
 *     or {@code null}; 6.1 or later allows {@code sendRedirect(url, SC_SEE_OTHER)}
 */
public record FixRequest(LintRequest sources, boolean dryRun, Path patchFile, String servletApiVersion) {

    public FixRequest {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(patchFile, "patchFile");
    }
}
