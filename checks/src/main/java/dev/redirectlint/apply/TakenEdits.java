package dev.redirectlint.apply;

import dev.redirectlint.api.TextEdit;
import dev.redirectlint.fix.FixApplier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The edits taken so far for one file, kept by offset so that whether a new edit clashes with them is one
 * lookup: the taken edits never overlap each other, so only the one that starts last before the new edit
 * ends can overlap it. A file with thousands of fixes is planned in n log n, not n squared.
 */
final class TakenEdits {

    private final Set<TextEdit> edits = new LinkedHashSet<>();
    private final TreeMap<Integer, List<TextEdit>> byStart = new TreeMap<>();

    /** True if the edit touches characters a different taken edit touches (insertions at one offset do not). */
    boolean clashes(TextEdit edit) {
        if (edits.contains(edit)) {
            return false;
        }
        // An insertion at offset p is overlapped only by a span starting before p, so "before the end" holds for both.
        Map.Entry<Integer, List<TextEdit>> before = byStart.lowerEntry(edit.endOffset());
        if (before == null) {
            return false;
        }
        for (TextEdit other : before.getValue()) {
            if (!other.equals(edit) && other.startOffset() < edit.endOffset() && edit.startOffset() < other.endOffset()) {
                return true;
            }
        }
        return false;
    }

    void add(TextEdit edit) {
        if (edits.add(edit)) {
            byStart.computeIfAbsent(edit.startOffset(), k -> new ArrayList<>()).add(edit);
        }
    }

    /** The edits in the order they were taken; {@link FixApplier} sorts them. */
    List<TextEdit> inOrder() {
        return List.copyOf(edits);
    }
}
