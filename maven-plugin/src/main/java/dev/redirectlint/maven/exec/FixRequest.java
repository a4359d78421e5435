package dev.redirectlint.maven.exec;

import java.nio.file.Path;
import java.util.List;
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
 * @param springWebmvcVersion the {@code org.springframework:spring-webmvc} version the project compiles
 *     against, or {@code null}; before 5.3.14 a ModelAndView's status does not reach a redirect
 * @param usageRoots source roots that are not fixed but may call what is (the project's tests)
 * @param projectScope true to fix {@code redirect:} view names with one setting of the application's view
 *     resolvers rather than handler by handler
 */
public record FixRequest(LintRequest sources, boolean dryRun, Path patchFile, String servletApiVersion,
        String springWebmvcVersion, List<Path> usageRoots, boolean projectScope) {

    public FixRequest {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(patchFile, "patchFile");
        usageRoots = List.copyOf(usageRoots);
    }

    public FixRequest(LintRequest sources, boolean dryRun, Path patchFile, String servletApiVersion) {
        this(sources, dryRun, patchFile, servletApiVersion, null, List.of(), false);
    }
}
