package dev.redirectlint.maven;

import dev.redirectlint.maven.exec.LintLog;
import org.apache.maven.plugin.logging.Log;

/** Sends the executor's lines to Maven's log. */
final class MavenLintLog implements LintLog {
    private final Log log;

    MavenLintLog(Log log) {
        this.log = log;
    }

    @Override
    public void debug(String line) {
        log.debug(line);
    }

    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void warn(String line) {
        log.warn(line);
    }

    @Override
    public void error(String line) {
        log.error(line);
    }
}
