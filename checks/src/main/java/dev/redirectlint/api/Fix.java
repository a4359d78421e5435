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
 * @param changesReturnTypeOf the method whose declared return type the fix changes, as
 *     {@code qualified.Type#name/parameterCount}, or {@code null} (most fixes change no signature). Whoever
 *     applies the fix must first make sure that no other code calls or overrides that method
 */
public record Fix(String description, int status, List<TextEdit> edits, Path file, String changesReturnTypeOf) {

    public Fix {
        edits = List.copyOf(edits);
    }

    public Fix(String description, int status, List<TextEdit> edits, Path file) {
        this(description, status, edits, file, null);
    }

    /** A fix of the finding's own file. */
    public Fix(String description, int status, List<TextEdit> edits) {
        this(description, status, edits, null, null);
    }

    /** The file the edits apply to, given the finding's. */
    public Path fileOr(Path findingFile) {
        return file != null ? file : findingFile;
    }
}
