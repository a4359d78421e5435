package dev.redirectlint.maven.exec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of the fix goal needs, with no Maven types: which files and rules (the same settings as
 * {@link LintRequest}), whether to write the files or only a patch, and what the project compiles against.
 *
 * @param sources the files, rules, preferred status and encoding, as for a check; its SARIF settings are unused
 * @param dryRun true to change nothing and write {@code patchFile} instead
 * @param patchFile where the dry run writes its unified diff
 * @param libraryVersions the versions the project compiles against of the libraries the framework homes
 *     declare ({@code FrameworkFacts.allLibraries()}), by {@code groupId:artifactId}; a library the project does
 *     not use is absent
 * @param usageRoots source roots that are not fixed but may call what is (the project's tests)
 * @param projectScope true to fix {@code redirect:} view names with one setting of the application's view
 *     resolvers rather than handler by handler
 */
public record FixRequest(LintRequest sources, boolean dryRun, Path patchFile, Map<String, String> libraryVersions,
        List<Path> usageRoots, boolean projectScope) {

    public FixRequest {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(patchFile, "patchFile");
        libraryVersions = Map.copyOf(libraryVersions);
        usageRoots = List.copyOf(usageRoots);
    }

    /** A request for the handlers' fixes, with no test sources. */
    public FixRequest(LintRequest sources, boolean dryRun, Path patchFile, Map<String, String> libraryVersions) {
        this(sources, dryRun, patchFile, libraryVersions, List.of(), false);
    }
}
