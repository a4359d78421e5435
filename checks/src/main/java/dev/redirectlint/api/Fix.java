package dev.redirectlint.api;

import java.nio.file.Path;
import java.util.List;

/**
 * One way to fix a finding: edits over the original text of one file, applied together.
 *
 * @param description what the fix does, for a person choosing between alternatives
 * @param status the HTTP status the code sends after the fix (303, 307 or 308)
 * @param edits non-overlapping edits over the original text
 * @param file the file the edits apply to: the finding's own, or another one when the redirect is made in
 *     a helper or base class there; {@code null} means the finding's file
 */
public record Fix(String description, int status, List<TextEdit> edits, Path file) {

    public Fix {
        edits = List.copyOf(edits);
    }

    /** A fix of the finding's own file. */
    public Fix(String description, int status, List<TextEdit> edits) {
        this(description, status, edits, null);
    }

    /** The file the edits apply to, given the finding's. */
    public Path fileOr(Path findingFile) {
        return file != null ? file : findingFile;
    }
}
