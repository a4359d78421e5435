package dev.redirectlint.maven;

import dev.redirectlint.maven.exec.LintLog;
import dev.redirectlint.report.ConsoleReport;
import org.apache.maven.plugin.logging.Log;

/**
 * Sends the executor's lines to Maven's log, each on one line with hidden characters escaped: the lines
 * carry paths, baseline entries and source text, and none of them may start a log line of its own (a
 * forged {@code ::error} workflow command) or send terminal commands.
 */
final class MavenLintLog implements LintLog {
    private final Log log;

    MavenLintLog(Log log) {
        this.log = log;
    }

    @Override
    public void debug(String line) {
        if (log.isDebugEnabled()) {
            log.debug(ConsoleReport.safe(line));
        }
    }

    @Override
    public void info(String line) {
        log.info(ConsoleReport.safe(line));
    }

    @Override
    public void warn(String line) {
        log.warn(ConsoleReport.safe(line));
    }

    @Override
    public void error(String line) {
        log.error(ConsoleReport.safe(line));
    }
}
