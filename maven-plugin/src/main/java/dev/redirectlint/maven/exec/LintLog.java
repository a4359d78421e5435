package dev.redirectlint.maven.exec;

/** Where the executor writes its console lines; the Mojo forwards them to Maven's log. */
public interface LintLog {

    void debug(String line);

    void info(String line);

    void warn(String line);

    void error(String line);
}
