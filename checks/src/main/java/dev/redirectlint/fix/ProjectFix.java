package dev.redirectlint.fix;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.Fix;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * A fix of a whole application by one setting, which a home offers for some of its findings instead of an edit
 * of each handler (Spring's {@code redirectHttp10Compatible=false}, which turns every {@code redirect:} view into
 * a 303). The {@code fix} goal applies it when asked for the project's scope; the {@code check} goal mentions it
 * when it would fix several findings at once.
 */
public interface ProjectFix {

    /** True if the setting turns the finding into the right answer. */
    boolean resolves(Finding finding);

    /** The fix that each finding it resolves counts as applied by. */
    Fix fix();

    /** What the findings it resolves are, for the check goal's hint ({@code redirect: view names}). */
    String resolvedKind();

    /** What the setting is and does, for the check goal's hint. */
    String effect();

    /**
     * The files to write, none written yet.
     *
     * @param javaFiles the project's own Java files
     * @param xmlFiles the run's XML configuration files
     * @param charset the sources' encoding
     */
    Planned plan(List<Path> javaFiles, List<Path> xmlFiles, Charset charset);

    /**
     * A file the setting writes.
     *
     * @param original the bytes read, or {@code null} for a file it creates, which must not exist when written
     * @param fixed the text to write, in {@code charset}
     */
    record Change(Path file, byte[] original, String fixed) {}

    /**
     * What {@link #plan} found.
     *
     * @param changes the files to write
     * @param refusal why nothing can be written, or {@code null}
     */
    record Planned(List<Change> changes, String refusal) {

        public Planned {
            changes = List.copyOf(changes);
        }

        public static Planned refused(String reason) {
            return new Planned(List.of(), reason);
        }
    }
}
