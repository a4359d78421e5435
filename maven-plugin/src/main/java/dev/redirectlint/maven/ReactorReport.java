package dev.redirectlint.maven;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.maven.exec.LintLog;
import dev.redirectlint.maven.exec.ModuleRun;
import dev.redirectlint.maven.exec.ModuleRuns;
import dev.redirectlint.report.ConsoleReport;
import dev.redirectlint.report.GithubAnnotations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.ExecutionListener;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The account of a whole build: every module's run hands its summary and findings here, and when the
 * session ends (fail-fast, fail-at-end or success alike) this prints one summary per goal across the
 * modules and the build's GitHub annotations, chosen across all modules at once (most severe, then path,
 * then line), with one notice for those that did not fit. Under {@code -T} the modules finish in any order;
 * only at the end is the choice the same on every run.
 *
 * <p>Maven tells a plugin nothing at the end of a session, but it looks up the request's execution listener
 * for every event; so the first module's run puts this in front of Maven's own listener, and passes every
 * event on to it.
 */
final class ReactorReport implements ExecutionListener, ModuleRuns {

    private final ExecutionListener next;
    private final LintLog log;
    private final Consumer<String> stdout;
    private final List<String> reactorOrder;
    private final List<ModuleRun> runs = new ArrayList<>();

    ReactorReport(ExecutionListener next, LintLog log, Consumer<String> stdout, List<String> reactorOrder) {
        this.next = next;
        this.log = log;
        this.stdout = stdout;
        this.reactorOrder = reactorOrder;
    }

    /** The session's report, put in front of the request's listener by the first module that asks. */
    static ModuleRuns of(MavenSession session, LintLog log) {
        MavenExecutionRequest request = session.getRequest();
        synchronized (ReactorReport.class) {
            ExecutionListener current = request.getExecutionListener();
            if (current instanceof ReactorReport report) {
                return report;
            }
            List<String> order = session.getProjects() == null ? List.of()
                    : session.getProjects().stream().map(MavenProject::getArtifactId).toList();
            ReactorReport report = new ReactorReport(current, log, System.out::println, order);
            request.setExecutionListener(report);
            return report;
        }
    }

    @Override
    public synchronized void add(ModuleRun run) {
        runs.add(run);
    }

    /** Prints the account; called once, at the end of the session. */
    synchronized void report() {
        Map<String, List<ModuleRun>> byGoal = new LinkedHashMap<>();
        for (ModuleRun run : runs) {
            byGoal.computeIfAbsent(run.goal(), goal -> new ArrayList<>()).add(run);
        }
        byGoal.forEach(this::summarize);
        warnUnmatched(byGoal.getOrDefault("check", List.of()));
        annotate();
    }

    /** The patterns that matched no file in any module: in one module only, that is no mistake. */
    private void warnUnmatched(List<ModuleRun> checks) {
        // A module without sources (a parent POM) has nothing to match: it says nothing about a pattern.
        List<ModuleRun> ran = checks.stream().filter(run -> run.reported() != null
                && (run.reported().filesAnalyzed() > 0 || !run.unmatchedPatterns().isEmpty())).toList();
        if (ran.isEmpty()) {
            return;
        }
        Set<String> everywhere = new LinkedHashSet<>(ran.get(0).unmatchedPatterns());
        ran.forEach(run -> everywhere.retainAll(run.unmatchedPatterns()));
        String where = ran.size() == 1 ? " in module " + ran.get(0).module() : " in any of the " + ran.size() + " modules";
        everywhere.forEach(pattern -> log.warn("redirect-lint: " + pattern + where));
    }

    private void summarize(String goal, List<ModuleRun> goalRuns) {
        if (goalRuns.size() < 2) {
            return;
        }
        List<ModuleRun> ordered = new ArrayList<>(goalRuns);
        ordered.sort(Comparator.comparingInt(this::position).thenComparing(ModuleRun::module));
        List<LintResult> results = ordered.stream().map(ModuleRun::reported).filter(r -> r != null).toList();
        String total = results.isEmpty() ? "" : ": " + ConsoleReport.counts(merged(results));
        log.info("redirect-lint:" + goal + " in " + ordered.size() + " modules" + total);
        int width = ordered.stream().mapToInt(run -> run.module().length()).max().orElse(0);
        for (ModuleRun run : ordered) {
            log.info("  " + run.module() + " ".repeat(width - run.module().length()) + "  " + run.summary());
        }
    }

    /** The annotations of every module that asked for them, chosen and printed together. */
    private void annotate() {
        List<ModuleRun> annotated = runs.stream().filter(run -> run.annotationDirectory() != null).toList();
        if (annotated.isEmpty()) {
            return;
        }
        LintResult all = merged(annotated.stream().map(ModuleRun::reported).toList());
        Path workspace = annotated.get(0).annotationDirectory();
        new GithubAnnotations(workspace).lines(all.findings(), all.errors()).forEach(stdout);
    }

    private int position(ModuleRun run) {
        int index = reactorOrder.indexOf(run.module());
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static LintResult merged(List<LintResult> results) {
        List<Finding> findings = new ArrayList<>();
        List<ProcessingError> errors = new ArrayList<>();
        int files = 0;
        for (LintResult result : results) {
            findings.addAll(result.findings());
            errors.addAll(result.errors());
            files += result.filesAnalyzed();
        }
        return new LintResult(findings, errors, files);
    }

    @Override
    public void sessionEnded(ExecutionEvent event) {
        try {
            report();
        } finally {
            if (next != null) {
                next.sessionEnded(event);
            }
        }
    }

    // Every other event goes to Maven's listener unchanged.

    @Override
    public void projectDiscoveryStarted(ExecutionEvent event) {
        if (next != null) {
            next.projectDiscoveryStarted(event);
        }
    }

    @Override
    public void sessionStarted(ExecutionEvent event) {
        if (next != null) {
            next.sessionStarted(event);
        }
    }

    @Override
    public void projectSkipped(ExecutionEvent event) {
        if (next != null) {
            next.projectSkipped(event);
        }
    }

    @Override
    public void projectStarted(ExecutionEvent event) {
        if (next != null) {
            next.projectStarted(event);
        }
    }

    @Override
    public void projectSucceeded(ExecutionEvent event) {
        if (next != null) {
            next.projectSucceeded(event);
        }
    }

    @Override
    public void projectFailed(ExecutionEvent event) {
        if (next != null) {
            next.projectFailed(event);
        }
    }

    @Override
    public void mojoSkipped(ExecutionEvent event) {
        if (next != null) {
            next.mojoSkipped(event);
        }
    }

    @Override
    public void mojoStarted(ExecutionEvent event) {
        if (next != null) {
            next.mojoStarted(event);
        }
    }

    @Override
    public void mojoSucceeded(ExecutionEvent event) {
        if (next != null) {
            next.mojoSucceeded(event);
        }
    }

    @Override
    public void mojoFailed(ExecutionEvent event) {
        if (next != null) {
            next.mojoFailed(event);
        }
    }

    @Override
    public void forkStarted(ExecutionEvent event) {
        if (next != null) {
            next.forkStarted(event);
        }
    }

    @Override
    public void forkSucceeded(ExecutionEvent event) {
        if (next != null) {
            next.forkSucceeded(event);
        }
    }

    @Override
    public void forkFailed(ExecutionEvent event) {
        if (next != null) {
            next.forkFailed(event);
        }
    }

    @Override
    public void forkedProjectStarted(ExecutionEvent event) {
        if (next != null) {
            next.forkedProjectStarted(event);
        }
    }

    @Override
    public void forkedProjectSucceeded(ExecutionEvent event) {
        if (next != null) {
            next.forkedProjectSucceeded(event);
        }
    }

    @Override
    public void forkedProjectFailed(ExecutionEvent event) {
        if (next != null) {
            next.forkedProjectFailed(event);
        }
    }
}
