package dev.redirectlint.maven.exec;

/**
 * Collects what each module's run of a goal reported, so that a build of many modules ends with one
 * account: a summary across the modules, and one deterministic set of GitHub annotations.
 */
public interface ModuleRuns {

    /** Takes one module's run of a goal; called from the module's thread, so implementations are thread-safe. */
    void add(ModuleRun run);
}
