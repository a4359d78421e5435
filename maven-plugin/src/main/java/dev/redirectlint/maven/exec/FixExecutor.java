package dev.redirectlint.maven.exec;

import dev.redirectlint.api.Fix;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.ProjectSources;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.apply.SourceFixer;
import dev.redirectlint.apply.SourceFixer.FileFix;
import dev.redirectlint.apply.SourceFixer.Plan;
import dev.redirectlint.apply.SourceFixer.SourceWriter;
import dev.redirectlint.apply.SourceFixer.Skipped;
import dev.redirectlint.io.AtomicFiles;
import dev.redirectlint.io.FileChangedException;
import dev.redirectlint.report.ConsoleReport;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the fix goal for a {@link FixRequest}: analyses the sources, then either writes every file's
 * fixes (one atomic write per file) or, in a dry run, logs a unified diff and writes it as a patch file.
 * Findings that cannot be fixed, and files that cannot be analysed, are logged and left alone.
 */
public final class FixExecutor {

    private final LintLog log;
    private final SourceWriter writer;

    public FixExecutor(LintLog log) {
        this(log, SourceFixer.ATOMIC);
    }

    /** With another writer, such as one that fails, for tests. */
    public FixExecutor(LintLog log, SourceWriter writer) {
        this.log = log;
        this.writer = writer;
    }

    /**
     * What a run did.
     *
     * @param plan what was found and planned
     * @param written the files written (none in a dry run)
     * @param failed the files that could not be written, with why; those files are unchanged
     * @param patch the unified diff of the planned changes (a dry run's; empty otherwise)
     */
    public record Result(Plan plan, List<Path> written, List<String> failed, String patch) {

        public int fixedFindings() {
            return plan.changes().stream().mapToInt(c -> c.applied().size()).sum();
        }
    }

    /**
     * @throws InvalidSettingException before any analysis, if a setting is invalid
     * @throws IOException if the dry run's patch file cannot be written
     */
    public Result execute(FixRequest request) throws InvalidSettingException, IOException {
        LintRequest sources = request.sources();
        // The settings of check and baseline, validated the same way, plus what only a fix needs.
        LintConfig checked = new LintExecutor(log).validate(sources).config();
        LintConfig config = LintConfig.builder().from(checked).libraryVersions(request.libraryVersions()).build();
        List<Path> files = SourceScanner.scan(sources.sourceRoots(), sources.includes(), sources.excludes());
        log.debug("redirect-lint: fixing " + files.size() + " file(s) from " + sources.sourceRoots()
                + (config.libraryVersions().isEmpty() ? "" : " (" + config.libraryVersions().entrySet().stream()
                        .map(library -> library.getKey() + " " + library.getValue()).collect(Collectors.joining(", "))
                        + ")"));
        removeLeftovers(files);

        List<Path> context = SourceScanner.scan(sources.contextRoots(), sources.includes(), sources.excludes());
        List<Path> configFiles = LintExecutor.configFiles(sources);
        List<Path> usages = SourceScanner.scan(request.usageRoots(), List.of("**/*.java"), List.of());
        Plan plan = new SourceFixer(new RedirectLint(config), usages)
                .plan(ProjectSources.of(files).withContext(context).withConfigFiles(configFiles), request.projectScope());
        if (plan.projectFixRefusal() != null) {
            log.warn("redirect-lint: the project-level fix cannot be made: " + plan.projectFixRefusal()
                    + "; the handlers are fixed one by one instead");
        }
        for (ProcessingError error : plan.result().errors()) {
            log.warn(ConsoleReport.line(error, sources.consoleDirectory()) + " (not fixed)");
        }
        for (FileFix file : plan.files()) {
            for (Fix fix : file.applied()) {
                log.debug("redirect-lint: " + file.file() + ": " + fix.description());
            }
            for (Skipped skipped : file.skipped()) {
                log.warn(ConsoleReport.shortLine(skipped.finding(), sources.consoleDirectory()) + " Not fixed: "
                        + skipped.reason() + ".");
            }
        }
        PatchBase base = PatchBase.of(sources.projectDirectory());
        String patch = request.dryRun() ? UnifiedPatch.of(base.directory(), plan.changes()) : "";
        List<Path> written = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        int fixed = 0;
        if (request.dryRun()) {
            patch.lines().forEach(log::info);
            writePatch(request.patchFile(), patch, config.encoding(), base, sources.consoleDirectory());
        } else {
            for (FileFix change : plan.changes()) {
                String shown = LintExecutor.display(sources.consoleDirectory(), change.file());
                try {
                    SourceFixer.write(change, writer);
                    written.add(change.file());
                    fixed += change.applied().size();
                    log.info(change.isNew()
                            ? "redirect-lint: created " + shown + ", which fixes " + change.applied().size() + " finding(s)"
                            : "redirect-lint: fixed " + change.applied().size() + " finding(s) in " + shown);
                } catch (FileChangedException e) {
                    failed.add(ConsoleReport.safe(shown + ": it changed while fix ran; run fix again"));
                    log.warn("redirect-lint: " + shown + " changed while fix ran (saved by an editor?); it was not"
                            + " written. Run fix again.");
                } catch (IOException | RuntimeException e) {
                    failed.add(ConsoleReport.safe(shown + ": " + e.getMessage()));
                    log.error("redirect-lint: cannot write " + shown + ", left unchanged: " + e);
                }
            }
        }
        Result result = new Result(plan, written, failed, patch);
        String summary = summary(result, request.dryRun(), fixed);
        log.info(sources.logPrefix() + summary);
        if (sources.moduleRuns() != null) {
            sources.moduleRuns().add(new ModuleRun("fix", sources.module(), summary, null, null, List.of()));
        }
        return result;
    }

    /** Deletes the temporary files a killed earlier run left beside the sources. */
    private void removeLeftovers(List<Path> files) {
        Set<Path> directories = new LinkedHashSet<>();
        files.forEach(file -> directories.add(file.toAbsolutePath().getParent()));
        int removed = 0;
        for (Path directory : directories) {
            removed += AtomicFiles.removeLeftovers(directory);
        }
        if (removed > 0) {
            log.info("redirect-lint: removed " + removed + " temporary file(s) left by an interrupted earlier run");
        }
    }

    /** Writes the patch and says how to apply it; with nothing to apply, leaves no patch file at all. */
    private void writePatch(Path patchFile, String patch, Charset charset, PatchBase base, Path consoleDirectory)
            throws IOException {
        String shown = LintExecutor.display(consoleDirectory, patchFile);
        if (patch.isEmpty()) {
            if (Files.deleteIfExists(patchFile)) {
                log.info("redirect-lint: nothing to fix; the old patch " + shown + " was removed");
            } else {
                log.info("redirect-lint: nothing to fix; no patch written");
            }
            return;
        }
        // In the sources' encoding: git applies a patch byte for byte, so its lines must be the files' bytes.
        AtomicFiles.write(patchFile, patch.getBytes(charset));
        log.info("redirect-lint: patch written to " + shown + "; apply it with: " + base.applyCommand(patchFile));
    }

    private static String summary(Result result, boolean dryRun, int fixed) {
        int planned = result.fixedFindings();
        int files = result.plan().changes().size();
        int left = result.plan().skipped().size();
        String leftText = left == 0 ? "" : "; " + left + " finding(s) need a change by hand";
        String errors = result.plan().result().errors().isEmpty() ? ""
                : "; " + result.plan().result().errors().size() + " file(s) could not be analysed";
        if (dryRun) {
            return "dry run, nothing changed: " + planned + " fix(es) in " + files + " file(s)" + leftText
                    + errors;
        }
        String notWritten = result.failed().isEmpty() ? ""
                : "; " + (planned - fixed) + " fix(es) in " + result.failed().size() + " file(s) not written";
        return fixed + " fix(es) applied in " + result.written().size() + " file(s)" + notWritten
                + leftText + errors;
    }
}
