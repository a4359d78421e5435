package dev.redirectlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.Region;
import dev.redirectlint.api.Severity;
import dev.redirectlint.maven.exec.LintLog;
import dev.redirectlint.maven.exec.ModuleRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.AbstractExecutionListener;
import org.apache.maven.execution.ExecutionEvent;
import org.junit.jupiter.api.Test;

/** The account at the end of a build of many modules. */
class ReactorReportTest {

    private static final Path TOP = Path.of("/work/shop").toAbsolutePath();

    private final List<String> log = new ArrayList<>();
    private final List<String> stdout = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    private final LintLog lintLog = new LintLog() {
        @Override
        public void debug(String line) {}

        @Override
        public void info(String line) {
            log.add(line);
        }

        @Override
        public void warn(String line) {
            log.add(line);
        }

        @Override
        public void error(String line) {
            log.add(line);
        }
    };

    private final AbstractExecutionListener maven = new AbstractExecutionListener() {
        @Override
        public void sessionEnded(ExecutionEvent event) {
            events.add("maven: session ended");
        }

        @Override
        public void projectStarted(ExecutionEvent event) {
            events.add("maven: project started");
        }
    };

    private ReactorReport report() {
        return new ReactorReport(maven, lintLog, stdout::add, List.of("shop-parent", "orders", "payments"));
    }

    private static LintResult result(String module, int warnings, int files) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= warnings; i++) {
            findings.add(new Finding("non-get-302", Severity.WARNING, module + " finding " + i,
                    TOP.resolve(module + "/src/main/java/Shop.java"), new Region(i, 1, i, 5, 0, 4), "Shop#m" + i,
                    "view", List.of(), List.of()));
        }
        return new LintResult(findings, List.of(), files);
    }

    private static ModuleRun check(String module, int warnings, int files, boolean annotate) {
        LintResult result = result(module, warnings, files);
        return new ModuleRun("check", module, warnings + " findings in " + files + " files", result,
                annotate ? TOP : null, List.of());
    }

    @Test
    void summarisesEveryModuleInReactorOrderBeforeMavensOwnSummary() {
        ReactorReport report = report();
        report.add(check("payments", 1, 3, false));
        report.add(check("shop-parent", 0, 0, false));
        report.add(check("orders", 2, 5, false));

        report.sessionEnded(null);

        assertThat(log).containsExactly(
                "redirect-lint:check in 3 modules: 3 findings (0 errors, 3 warnings, 0 info) in 8 files",
                "  shop-parent  0 findings in 0 files",
                "  orders       2 findings in 5 files",
                "  payments     1 findings in 3 files");
        assertThat(events).containsExactly("maven: session ended");
    }

    @Test
    void saysNothingMoreForABuildOfOneModule() {
        ReactorReport report = report();
        report.add(check("orders", 2, 5, false));

        report.sessionEnded(null);

        assertThat(log).isEmpty();
        assertThat(stdout).isEmpty();
    }

    @Test
    void choosesTheAnnotationsAcrossModulesTheSameWhicheverFinishesFirst() {
        ReactorReport first = report();
        first.add(check("orders", 7, 1, true));
        first.add(check("payments", 7, 1, true));
        first.sessionEnded(null);
        List<String> printed = List.copyOf(stdout);
        stdout.clear();

        ReactorReport second = report();
        second.add(check("payments", 7, 1, true));
        second.add(check("orders", 7, 1, true));
        second.sessionEnded(null);

        assertThat(stdout).isEqualTo(printed);
        assertThat(printed).filteredOn(l -> l.startsWith("::warning ")).hasSize(10);
        assertThat(printed).filteredOn(l -> l.startsWith("redirect-lint: ")).containsExactly(
                "redirect-lint: 4 warnings not shown as annotations: GitHub shows at most 10 annotations of each type"
                        + " per step. Every finding is listed in this log and in the SARIF log.");
        // orders sorts before payments: all 7 of its findings, then the first 3 of payments'
        assertThat(printed.get(7)).contains("file=payments/src/main/java/Shop.java,line=1,");
    }

    @Test
    void warnsAboutAPatternOnlyWhenItMatchesNothingInAnyModule() {
        String typo = "excludes (redirect-lint.excludes): the pattern '**/generatd/**' removes no file";
        String elsewhere = "excludes (redirect-lint.excludes): the pattern '**/generated/**' removes no file";
        ReactorReport report = report();
        report.add(new ModuleRun("check", "shop-parent", "0 findings", result("shop-parent", 0, 0), null, List.of()));
        report.add(new ModuleRun("check", "orders", "1 finding", result("orders", 1, 3), null, List.of(typo, elsewhere)));
        report.add(new ModuleRun("check", "payments", "1 finding", result("payments", 1, 3), null, List.of(typo)));

        report.sessionEnded(null);

        assertThat(log).contains("redirect-lint: " + typo + " in any of the 2 modules");
        assertThat(log).noneMatch(line -> line.contains("'**/generated/**'"));
    }

    @Test
    void passesEveryOtherEventOnToMaven() {
        report().projectStarted(null);

        assertThat(events).containsExactly("maven: project started");
    }
}
