package dev.redirectlint.fix;

import dev.redirectlint.api.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Applies edits to the original text: identical edits once, overlapping edits rejected. One pass over the
 * sorted edits copies the text between them, so a file with thousands of edits costs its length, not its
 * length times the number of edits.
 */
public final class FixApplier {

    private FixApplier() {}

    /**
     * @throws IllegalArgumentException if two different edits overlap or an edit lies outside the text
     */
    public static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> ordered = new ArrayList<>(new LinkedHashSet<>(edits));
        // A stable sort: insertions at one offset keep their order, and go before a replacement starting there.
        ordered.sort(Comparator.comparingInt(TextEdit::startOffset).thenComparingInt(TextEdit::endOffset));
        StringBuilder result = new StringBuilder(text.length() + 64 * ordered.size());
        int copied = 0;
        TextEdit previous = null;
        for (TextEdit edit : ordered) {
            if (previous != null && edit.startOffset() < previous.endOffset()) {
                throw new IllegalArgumentException("Overlapping edits: " + previous + " and " + edit);
            }
            if (edit.endOffset() > text.length()) {
                throw new IllegalArgumentException("Edit outside the text: " + edit);
            }
            result.append(text, copied, edit.startOffset()).append(edit.replacement());
            copied = edit.endOffset();
            previous = edit;
        }
        return result.append(text, copied, text.length()).toString();
    }
}
