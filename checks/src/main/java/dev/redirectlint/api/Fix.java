package dev.redirectlint.api;

import java.util.List;

/**
 * One way to fix a finding: edits over the original text of the finding's file, applied together.
 *
 * @param description what the fix does, for a person choosing between alternatives
 * @param status the HTTP status the code sends after the fix (303, 307 or 308)
 * @param edits non-overlapping edits over the original text
 */
public record Fix(String description, int status, List<TextEdit> edits) {

    public Fix {
        edits = List.copyOf(edits);
    }
}
