package dev.redirectlint.maven.exec;

import dev.redirectlint.api.Fix;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.ProjectSources;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.fix.SourceFixer;
import dev.redirectlint.fix.SourceFixer.FileFix;
import dev.redirectlint.fix.SourceFixer.Plan;
import dev.redirectlint.fix.SourceFixer.SourceWriter;
import dev.redirectlint.fix.SourceFixer.Skipped;
import dev.redirectlint.report.ConsoleReport;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
     * @param patch the unified diff of the planned changes
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
        Charset charset = new LintExecutor(log).parseEncoding(sources.encoding());
        LintConfig config;
        try {
            config = LintConfig.builder()
                    .rules(sources.rules())
                    .disabledRules(sources.disabledRules())
                    .preferredStatus(LintExecutor.parseStatus(sources.preferredStatus()))
                    .encoding(charset)
                    .servletApiVersion(request.servletApiVersion())
                    .build();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(e.getMessage(), e);
        }
        List<Path> files = SourceScanner.scan(sources.sourceRoots(), sources.includes(), sources.excludes());
        log.debug("redirect-lint: fixing " + files.size() + " file(s) from " + sources.sourceRoots()
                + (request.servletApiVersion() != null ? " (jakarta.servlet-api " + request.servletApiVersion() + ")" : ""));

        List<Path> context = SourceScanner.scan(sources.contextRoots(), sources.includes(), sources.excludes());
        List<Path> xml = SourceScanner.scan(sources.resourceRoots(), List.of("**/*.xml"), List.of());
        Plan plan = new SourceFixer(new RedirectLint(config))
                .plan(ProjectSources.of(files).withContext(context).withConfigFiles(xml));
        for (ProcessingError error : plan.result().errors()) {
            log.warn(ConsoleReport.line(error) + " (not fixed)");
        }
        for (FileFix file : plan.files()) {
            for (Fix fix : file.applied()) {
                log.debug("redirect-lint: " + file.file() + ": " + fix.description());
            }
            for (Skipped skipped : file.skipped()) {
                log.warn(ConsoleReport.line(skipped.finding()) + " Not fixed: " + skipped.reason() + ".");
            }
        }
        String patch = UnifiedPatch.of(sources.projectDirectory(), plan.changes());
        List<Path> written = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        String patchDisplay = LintExecutor.display(sources.projectDirectory(), request.patchFile());
        if (request.dryRun()) {
            patch.lines().forEach(log::info);
            Files.createDirectories(request.patchFile().toAbsolutePath().getParent());
            Files.write(request.patchFile(), patch.getBytes(charset));
        } else {
            for (FileFix change : plan.changes()) {
                try {
                    SourceFixer.write(change, charset, writer);
                    written.add(change.file());
                    log.info("redirect-lint: fixed " + change.applied().size() + " finding(s) in "
                            + LintExecutor.display(sources.projectDirectory(), change.file()));
                } catch (IOException | RuntimeException e) {
                    failed.add(change.file() + ": " + e.getMessage());
                    log.error("redirect-lint: cannot write " + change.file() + ", left unchanged: " + e);
                }
            }
        }
        Result result = new Result(plan, written, failed, patch);
        log.info(summary(result, request.dryRun(), patchDisplay));
        return result;
    }

    private static String summary(Result result, boolean dryRun, String patchDisplay) {
        int fixed = result.fixedFindings();
        int files = result.plan().changes().size();
        int left = result.plan().skipped().size();
        String leftText = left == 0 ? "" : "; " + left + " finding(s) need a change by hand";
        String errors = result.plan().result().errors().isEmpty() ? ""
                : "; " + result.plan().result().errors().size() + " file(s) could not be analysed";
        if (dryRun) {
            return "redirect-lint: dry run, nothing changed: " + fixed + " fix(es) in " + files + " file(s)" + leftText
                    + errors + "; patch written to " + patchDisplay + " (apply it with git apply)";
        }
        return "redirect-lint: " + fixed + " fix(es) applied in " + result.written().size() + " file(s)" + leftText
                + errors + (result.failed().isEmpty() ? "" : "; " + result.failed().size() + " file(s) could not be written");
    }
}
