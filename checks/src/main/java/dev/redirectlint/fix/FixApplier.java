package dev.redirectlint.fix;

import dev.redirectlint.api.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** Applies edits to the original text: identical edits once, overlapping edits rejected. */
public final class FixApplier {

    private FixApplier() {}

    /**
     * @throws IllegalArgumentException if two different edits overlap or an edit lies outside the text
     */
    public static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> unique = new ArrayList<>(new LinkedHashSet<>(edits));
        // Later offsets first so earlier offsets stay valid; insertions at one offset keep their order.
        List<TextEdit> ordered = new ArrayList<>(unique);
        ordered.sort(Comparator.comparingInt(TextEdit::startOffset).thenComparingInt(TextEdit::endOffset));
        for (int i = 1; i < ordered.size(); i++) {
            TextEdit previous = ordered.get(i - 1);
            TextEdit current = ordered.get(i);
            if (current.startOffset() < previous.endOffset()) {
                throw new IllegalArgumentException("Overlapping edits: " + previous + " and " + current);
            }
        }
        StringBuilder result = new StringBuilder(text);
        for (int i = ordered.size() - 1; i >= 0; i--) {
            TextEdit edit = ordered.get(i);
            if (edit.endOffset() > text.length()) {
                throw new IllegalArgumentException("Edit outside the text: " + edit);
            }
            result.replace(edit.startOffset(), edit.endOffset(), edit.replacement());
        }
        return result.toString();
    }
}
