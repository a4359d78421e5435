package dev.redirectlint.maven.exec;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;
import dev.redirectlint.api.TextEdit;
import dev.redirectlint.apply.SourceFixer.FileFix;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unified diff of planned fixes that {@code git apply} and {@code patch -p1} accept: paths relative to
 * the base directory with {@code a/} and {@code b/} prefixes, three lines of context. Lines keep their
 * own ending (a CR of a CRLF file stays in the line), and a last line without a line break is marked
 * with {@code \ No newline at end of file}, as git does.
 */
public final class UnifiedPatch {

    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");
    private static final String NO_NEWLINE = "\\ No newline at end of file";

    private UnifiedPatch() {}

    /** The diff of every changed file, in order; empty if nothing changes. */
    public static String of(Path baseDirectory, List<FileFix> changes) {
        StringBuilder patch = new StringBuilder();
        for (FileFix change : changes) {
            if (!change.changed()) {
                continue;
            }
            String path = relative(baseDirectory, change.file());
            List<TextEdit> edits = change.applied().stream().flatMap(fix -> fix.edits().stream()).distinct()
                    .sorted(Comparator.comparingInt(TextEdit::startOffset).thenComparingInt(TextEdit::endOffset)).toList();
            List<String> diff = fileDiff(path, change.original(), change.fixed(), edits);
            if (change.isNew()) {
                // How git writes a created file: it applies only with these two lines.
                diff.add(1, "new file mode 100644");
                diff.set(2, "--- /dev/null");
            }
            for (String line : diff) {
                patch.append(line).append('\n');
            }
        }
        return patch.toString();
    }

    static List<String> fileDiff(String path, String original, String fixed) {
        return fileDiff(path, original, fixed, List.of());
    }

    /**
     * @param edits the edits that made {@code fixed} from {@code original}, in offset order; with them the
     *     changed lines are known, and the diff costs the length of the file. Without them (a new file, an
     *     XML file) the lines are compared, which costs their number times the number of changes.
     */
    static List<String> fileDiff(String path, String original, String fixed, List<TextEdit> edits) {
        List<String> before = lines(original);
        List<String> after = lines(fixed);
        Patch<String> patch = edits.isEmpty() ? DiffUtils.diff(before, after) : fromEdits(original, fixed, edits,
                before, after);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, before, patch, 3);
        List<String> result = new ArrayList<>();
        result.add("diff --git a/" + path + " b/" + path);
        boolean beforeOpen = !original.isEmpty() && !original.endsWith("\n");
        boolean afterOpen = !fixed.isEmpty() && !fixed.endsWith("\n");
        int oldLine = 0;
        int newLine = 0;
        for (String line : diff) {
            Matcher hunk = HUNK.matcher(line);
            if (hunk.find()) {
                oldLine = Integer.parseInt(hunk.group(1)) - 1;
                newLine = Integer.parseInt(hunk.group(3)) - 1;
                result.add(line);
                continue;
            }
            result.add(line);
            if (line.startsWith("---") || line.startsWith("+++")) {
                continue;
            }
            boolean lastOfOld = false;
            boolean lastOfNew = false;
            if (line.startsWith(" ") || line.startsWith("-")) {
                oldLine++;
                lastOfOld = beforeOpen && oldLine == before.size();
            }
            if (line.startsWith(" ") || line.startsWith("+")) {
                newLine++;
                lastOfNew = afterOpen && newLine == after.size();
            }
            if (lastOfOld || lastOfNew) {
                result.add(NO_NEWLINE);
            }
        }
        return result;
    }

    /**
     * One change per run of lines the edits touch: the lines of the original that hold the edits, and the
     * lines of the fixed text they became. Lines between runs are the same in both, as no edit touched them.
     */
    private static Patch<String> fromEdits(String original, String fixed, List<TextEdit> edits, List<String> before,
            List<String> after) {
        int[] oldStarts = lineStarts(original);
        int[] newStarts = lineStarts(fixed);
        Patch<String> patch = new Patch<>();
        int shift = 0; // how much longer the fixed text is than the original before the current run
        int i = 0;
        while (i < edits.size()) {
            int firstLine = lineOf(oldStarts, edits.get(i).startOffset());
            int lastLine = lineOf(oldStarts, Math.max(edits.get(i).startOffset(), edits.get(i).endOffset() - 1));
            int runShift = 0;
            int j = i;
            while (j < edits.size() && lineOf(oldStarts, edits.get(j).startOffset()) <= lastLine + 1) {
                TextEdit edit = edits.get(j);
                lastLine = Math.max(lastLine, lineOf(oldStarts, Math.max(edit.startOffset(), edit.endOffset() - 1)));
                runShift += edit.replacement().length() - (edit.endOffset() - edit.startOffset());
                j++;
            }
            int oldFrom = oldStarts[firstLine];
            int oldTo = lastLine + 1 < oldStarts.length ? oldStarts[lastLine + 1] : original.length();
            int newFirst = lineOf(newStarts, oldFrom + shift);
            int newLast = lineOf(newStarts, Math.max(oldFrom + shift, oldTo + shift + runShift - 1));
            int oldStart = firstLine;
            int newStart = newFirst;
            int oldEnd = Math.min(lastLine + 1, before.size());
            int newEnd = Math.min(newLast + 1, after.size());
            // Lines the run left as they were (an edit that only inserts lines) are context, not change.
            while (oldStart < oldEnd && newStart < newEnd && before.get(oldStart).equals(after.get(newStart))) {
                oldStart++;
                newStart++;
            }
            while (oldEnd > oldStart && newEnd > newStart && before.get(oldEnd - 1).equals(after.get(newEnd - 1))) {
                oldEnd--;
                newEnd--;
            }
            patch.addDelta(new ChangeDelta<>(new Chunk<>(oldStart, before.subList(oldStart, oldEnd)),
                    new Chunk<>(newStart, after.subList(newStart, newEnd))));
            shift += runShift;
            i = j;
        }
        return patch;
    }

    /** The offset each line starts at, lines ending at LF as {@link #lines} splits them. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int at = text.indexOf('\n'); at >= 0 && at + 1 < text.length(); at = text.indexOf('\n', at + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = at + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    private static int lineOf(int[] starts, int offset) {
        int index = Arrays.binarySearch(starts, offset);
        return index >= 0 ? index : -index - 2;
    }

    /** The lines without their LF (a CR before it stays); no empty last line for a final line break. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The file's path relative to the base directory, with forward slashes. */
    static String relative(Path baseDirectory, Path file) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return relative.toString().replace('\\', '/');
    }
}
